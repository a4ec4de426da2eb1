#include "ui/presentation/steppanel.h"

#include "core/timeformat.h"
#include "ui/measures/chartview.h"
#include "ui/meeting/followuplist.h"
#include "ui/meeting/textbinding.h"
#include "ui/widgets/layouts.h"
#include "ui/widgets/stepfields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QScreen>
#include <QToolButton>
#include <QTime>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QLabel *wrapped(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(objectName);
    return label;
}

// A list that scrolls inside the room instead of growing the window past its screen.
QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setObjectName(u"stepScroll"_s);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFocusPolicy(Qt::NoFocus);
    content->setAutoFillBackground(false);
    area->viewport()->setAutoFillBackground(false);
    return area;
}

} // namespace

StepPanel::StepPanel(PresentationSession &session, Audience audience, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_audience(audience)
{
    setObjectName(audience == Audience::Room ? u"roomStepPanel"_s : u"facilitatorStepPanel"_s);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(&m_session, &PresentationSession::stepChanged, this, &StepPanel::rebuild);
    connect(&m_session, &PresentationSession::recordChanged, this, &StepPanel::refresh);
    rebuild();
}

QWidget *StepPanel::column(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = wrapped(title);
    heading->setProperty("role", u"columnTitle"_s);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    return box;
}

void StepPanel::rebuild()
{
    // A field of the item being left must not pass its focus on to a field of the next one:
    // there Space would type instead of moving on.
    if (QWidget *focused = window()->focusWidget(); focused && isAncestorOf(focused))
        window()->setFocus(Qt::OtherFocusReason);
    clearLayout(m_layout);
    m_decisionList = nullptr;
    m_stepList = nullptr;
    m_followUp = nullptr;
    m_entryFields.clear();
    if (m_session.stepCount() == 0)
        return;
    const AgendaItem &item = m_session.current();
    switch (item.kind) {
    case AgendaItem::Kind::Review:
        buildReview();
        return; // the list takes the height there is, and scrolls
    case AgendaItem::Kind::Film:
        buildFilm();
        break;
    case AgendaItem::Kind::Question:
        buildQuestion(item.questionIndex);
        return; // the fields take the height there is
    case AgendaItem::Kind::DecisionsAndNextSteps:
        buildDecisions();
        return;
    case AgendaItem::Kind::ClosingRound:
        buildClosingRound();
        return;
    case AgendaItem::Kind::Opening:
        buildOpening();
        return;
    case AgendaItem::Kind::Summary:
        buildSummary();
        return;
    case AgendaItem::Kind::Measures:
        buildMeasure(item.questionIndex);
        return; // the chart takes the height there is
    case AgendaItem::Kind::Other:
        break;
    }
    m_layout->addStretch(1);
}

void StepPanel::buildOpening()
{
    // Who meets, on what, and today's agenda with its times; the clock for the room.
    const Meeting &meeting = m_session.meeting();
    QStringList about{m_session.groupName(), QLocale().toString(meeting.date, QLocale::LongFormat)};
    if (!meeting.place.isEmpty())
        about << meeting.place;
    if (const Module *module = m_session.module(); module && module->number > 0)
        about.prepend(tr("Module %1").arg(module->number));
    auto *intro = wrapped(about.join(u" · "_s), u"openingAbout"_s);
    m_layout->addWidget(intro);
    auto *clock = wrapped({}, u"openingClock"_s);
    clock->setProperty("role", u"columnTitle"_s);
    const auto showClock = [clock] { clock->setText(tr("The time is %1").arg(QTime::currentTime().toString(u"HH:mm"_s))); };
    showClock();
    connect(&m_session, &PresentationSession::timerChanged, clock, showClock);
    m_layout->addWidget(clock);

    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    grid->setContentsMargins(0, 0, 16, 0);
    grid->setHorizontalSpacing(24);
    grid->setColumnStretch(1, 1);
    const QList<AgendaItem> agenda = m_session.agenda();
    const QTime start = meeting.startTime;
    // Smaller than the body text: the whole agenda on one screen.
    const auto addRow = [grid](int row, const QString &when, const QString &what) {
        auto *time = wrapped(when, u"openingTime_%1"_s.arg(row));
        auto *title = wrapped(what, u"openingItem_%1"_s.arg(row));
        for (auto *label : {time, title})
            label->setProperty("role", u"agenda"_s);
        grid->addWidget(time, row, 0, Qt::AlignTop);
        grid->addWidget(title, row, 1);
    };
    for (int i = 0; i < agenda.size(); ++i) {
        const AgendaItem &item = agenda.at(i);
        addRow(i,
               start.isValid() ? Agenda::startOf(agenda, i, start).toString(u"HH:mm"_s)
                               : tr("%n min", nullptr, item.minutes),
               item.kind == AgendaItem::Kind::Question ? m_session.questionText(item.questionIndex) : item.title);
    }
    if (start.isValid())
        addRow(int(agenda.size()), Agenda::plannedEnd(agenda, start).toString(u"HH:mm"_s), tr("End"));
    grid->setRowStretch(int(agenda.size()) + 1, 1);
    m_layout->addWidget(scrolling(list), 1);
}

void StepPanel::buildSummary()
{
    // What the meeting decided, for everyone to see before they leave; and when we meet again.
    auto *list = new QWidget;
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 16, 0);
    const auto section = [&](const QString &title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        auto *heading = wrapped(title);
        heading->setProperty("role", u"columnTitle"_s);
        layout->addWidget(heading);
        for (const QString &line : lines)
            layout->addWidget(wrapped(u"• "_s + line));
    };
    const auto texts = [this](RecordKind kind) {
        QStringList lines;
        for (const RecordItem &item : m_session.records(kind))
            lines << (item.reason.isEmpty() ? item.text : tr("%1 (reason: %2)").arg(item.text, item.reason));
        return lines;
    };
    section(tr("Decisions"), texts(RecordKind::Decision));
    section(tr("Choices and priorities"), texts(RecordKind::Choice));
    section(tr("Soft results"), texts(RecordKind::SoftResult));
    QStringList steps;
    for (const NextStep &step : m_session.newNextSteps()) {
        const QStringList details = whoAndWhen(step);
        steps << (details.isEmpty() ? step.what : u"%1 – %2"_s.arg(step.what, details.join(u", "_s)));
    }
    section(tr("Next steps"), steps);
    QStringList mine;
    for (const Member &member : m_session.attendees()) {
        if (const QString step = m_session.closingStep(member.id); !step.trimmed().isEmpty())
            mine << u"%1: %2"_s.arg(member.name, step);
    }
    section(tr("My next step"), mine);
    const PresentationSession::NextMeeting next = m_session.nextMeeting();
    QStringList nextLines;
    if (next.date.isValid())
        nextLines << QLocale().toString(next.date, QLocale::LongFormat) + (next.moduleTitle.isEmpty() ? QString()
                                                                                                    : u" · "_s + next.moduleTitle);
    else
        nextLines << tr("Not planned yet");
    section(tr("Next meeting"), nextLines);
    layout->addStretch(1);
    m_layout->addWidget(scrolling(list), 1);
}

void StepPanel::refresh(const QString &area)
{
    if (area.startsWith(u"question/"_s)) {
        const int index = area.section(u'/', 1).toInt();
        const QuestionNote note = m_session.questionNote(index);
        const QList<std::pair<QString, QString>> fields{
            {u"today_%1"_s.arg(index), note.today}, {u"desired_%1"_s.arg(index), note.desired},
            {u"nextStep_%1"_s.arg(index), note.nextStep}};
        for (const auto &[name, text] : fields) {
            auto *edit = findChild<QPlainTextEdit *>(name);
            if (edit && !edit->hasFocus() && edit->toPlainText() != text) {
                const QSignalBlocker blocker(edit);
                edit->setPlainText(text);
            }
        }
    } else if (area == u"measures"_s) {
        if (m_session.stepCount() > 0 && m_session.current().kind == AgendaItem::Kind::Measures) {
            const int index = m_session.current().questionIndex;
            auto *edit = findChild<QPlainTextEdit *>(u"measureNotes_%1"_s.arg(index));
            const QString text = m_session.measureNotes(index);
            if (edit && !edit->hasFocus() && edit->toPlainText() != text) {
                const QSignalBlocker blocker(edit);
                edit->setPlainText(text);
            }
        }
    } else if (area == u"followUp"_s) {
        if (m_followUp)
            m_followUp->setItems(m_session.followUp(), m_session.members(), m_session.guestOwners(),
                                 m_session.meeting().date);
    } else if (area == u"decisions"_s || area == u"nextSteps"_s) {
        fillDecisionLists();
    } else if (area == u"closing"_s) {
        for (const Member &member : m_session.attendees()) {
            auto *edit = findChild<QLineEdit *>(u"closing_%1"_s.arg(member.id));
            const QString text = m_session.closingStep(member.id);
            if (edit && !edit->hasFocus() && edit->text() != text)
                edit->setText(text);
        }
    }
}

void StepPanel::scrollPage(int direction)
{
    // The list of the current item, a screenful at a time (↓ and ↑ in the room).
    for (auto *area : findChildren<QScrollArea *>(u"stepScroll"_s)) {
        if (!area->isVisible())
            continue;
        QScrollBar *bar = area->verticalScrollBar();
        bar->setValue(bar->value() + direction * bar->pageStep());
    }
}

QStringList StepPanel::whoAndWhen(const NextStep &step) const
{
    QStringList parts;
    const QString owner = step.owner.name(m_session.members());
    if (!owner.isEmpty())
        parts << owner;
    if (step.due.isValid())
        parts << tr("by %1").arg(QLocale().toString(step.due, QLocale::ShortFormat));
    return parts;
}

void StepPanel::buildReview()
{
    m_followUp = new FollowUpList([this](const StepReview &review) { return m_session.decide(review); },
                                  m_audience == Audience::Room);
    connect(m_followUp, &FollowUpList::errorOccurred, &m_session, &PresentationSession::errorOccurred);
    m_layout->addWidget(scrolling(m_followUp), 1);
    refresh(u"followUp"_s);
}

void StepPanel::buildFilm()
{
    if (m_audience == Audience::Room)
        return; // the room view shows the film itself
    const Module *module = m_session.module();
    m_layout->addWidget(wrapped(module ? tr("The film is shown in the room: %1 (%2).")
                                             .arg(module->title, formatClock(module->film.durationMs))
                                       : tr("The meeting has no module, so there is no film.")));
    auto *play = new QPushButton(tr("Play or pause the film (Enter)"));
    play->setObjectName(u"filmToggle"_s);
    connect(play, &QPushButton::clicked, this, &StepPanel::filmToggleRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(play);
    row->addStretch(1);
    m_layout->addLayout(row);
}

void StepPanel::buildQuestion(int questionIndex)
{
    const QuestionNote note = m_session.questionNote(questionIndex);
    const QList<std::tuple<QString, QString, PresentationSession::Field, QString>> fields{
        {u"today"_s, tr("This is how it looks today"), PresentationSession::Field::Today, note.today},
        {u"desired"_s, tr("This is how we would like it to be"), PresentationSession::Field::Desired, note.desired},
        {u"nextStep"_s, tr("This will be my next step"), PresentationSession::Field::NextStep, note.nextStep}};
    // Titles in one row and fields in the next, so the fields line up however the titles wrap.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    int column = 0;
    for (const auto &[name, title, field, text] : fields) {
        auto *heading = wrapped(title);
        heading->setProperty("role", u"columnTitle"_s);
        heading->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        grid->addWidget(heading, 0, column);
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(u"%1_%2"_s.arg(name).arg(questionIndex));
        edit->setAccessibleName(title);
        edit->setTabChangesFocus(true);
        edit->setPlainText(text);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, questionIndex, field = field] {
            m_session.setQuestionField(questionIndex, field, edit->toPlainText());
        });
        grid->addWidget(edit, 1, column);
        grid->setColumnStretch(column++, 1);
    }
    grid->setRowStretch(1, 1);
    m_layout->addLayout(grid, 1);
}

void StepPanel::buildMeasure(int measureIndex)
{
    // The chart as large as the room allows, its sentences readable from the back; under it what
    // the group says about the measure, for the minutes.
    auto *chart = new ChartView;
    chart->setObjectName(u"measureChart_%1"_s.arg(measureIndex));
    if (m_audience == Audience::Room) {
        const int height = screen() ? screen()->geometry().height() : 1080;
        ChartStyle style = ChartStyle::room(std::max(16, height / 40));
        style.title = false; // the item's title above is the measure's name
        chart->setStyle(style);
    } else {
        ChartStyle style = ChartStyle::paper(13);
        style.title = false;
        chart->setStyle(style);
    }
    chart->setSeries(m_session.measureSeries(measureIndex));
    m_layout->addWidget(chart, 1);
    auto *notes = new QPlainTextEdit;
    notes->setObjectName(u"measureNotes_%1"_s.arg(measureIndex));
    notes->setAccessibleName(tr("What we say about the measure"));
    notes->setPlaceholderText(tr("What we say about the measure: what we see, and what we do about it"));
    notes->setTabChangesFocus(true);
    notes->setPlainText(m_session.measureNotes(measureIndex));
    // Three lines: the chart keeps the height.
    notes->setMaximumHeight((screen() ? screen()->geometry().height() : 1080) / (m_audience == Audience::Room ? 8 : 10));
    connect(notes, &QPlainTextEdit::textChanged, this, [this, notes, measureIndex] {
        m_session.setMeasureNotes(measureIndex, notes->toPlainText());
    });
    m_layout->addWidget(notes);
}

void StepPanel::buildDecisions()
{
    auto *decisions = new QWidget;
    m_decisionList = new QVBoxLayout(decisions);
    m_decisionList->setContentsMargins(0, 0, 16, 0);
    // Decisions, and the other things the seeds ask the group to document: choices and
    // priorities, soft results. One field; the buttons above it say which it is.
    auto *newDecision = recordLine();
    newDecision->setObjectName(u"newDecision"_s);
    newDecision->setAccessibleName(tr("New decision"));
    newDecision->setPlaceholderText(tr("Write a decision and press Enter"));
    auto *kinds = new QHBoxLayout;
    auto kind = std::make_shared<RecordKind>(RecordKind::Decision);
    const QList<std::tuple<RecordKind, QString, QString>> kindButtons{
        {RecordKind::Decision, tr("Decision"), tr("Write a decision and press Enter")},
        {RecordKind::Choice, tr("Choice or priority"), tr("Write a choice or priority and press Enter")},
        {RecordKind::SoftResult, tr("Soft result"), tr("Write a soft result and press Enter")}};
    QList<QToolButton *> group;
    for (const auto &[value, label, placeholder] : kindButtons) {
        auto *button = new QToolButton;
        button->setObjectName(u"recordKind_%1"_s.arg(RecordNames::key(value)));
        button->setText(label);
        button->setCheckable(true);
        button->setChecked(value == RecordKind::Decision);
        button->setFocusPolicy(m_audience == Audience::Room ? Qt::NoFocus : Qt::StrongFocus);
        group.append(button);
        kinds->addWidget(button);
    }
    kinds->addStretch(1);
    for (qsizetype i = 0; i < group.size(); ++i) {
        connect(group.at(i), &QToolButton::clicked, this, [group, i, kind, newDecision, kindButtons] {
            *kind = std::get<0>(kindButtons.at(i));
            newDecision->setPlaceholderText(std::get<2>(kindButtons.at(i)));
            for (qsizetype j = 0; j < group.size(); ++j)
                group.at(j)->setChecked(j == i);
        });
    }
    connect(newDecision, &QLineEdit::returnPressed, this, [this, newDecision, kind] {
        if (m_session.addRecord(*kind, newDecision->text()))
            newDecision->clear();
    });
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scrolling(decisions), 1);
    leftLayout->addLayout(kinds);
    leftLayout->addWidget(newDecision);

    auto *steps = new QWidget;
    m_stepList = new QVBoxLayout(steps);
    m_stepList->setContentsMargins(0, 0, 16, 0);
    // A new step: text, owner and date; Enter in any of them adds it, and each starts empty again
    // (no step silently takes the previous one's owner).
    auto *newStep = recordLine();
    newStep->setObjectName(u"newNextStep"_s);
    newStep->setAccessibleName(tr("New next step"));
    newStep->setPlaceholderText(tr("Write a next step and press Enter"));
    auto *owner = StepFields::ownerChooser(m_session.members(), m_session.guestOwners(), {}, u"newNextStepOwner"_s);
    auto *due = StepFields::dateField({}, u"newNextStepDue"_s);
    auto add = [this, newStep, owner, due] {
        if (newStep->text().trimmed().isEmpty()) {
            newStep->setFocus(Qt::OtherFocusReason);
            return;
        }
        QString error;
        const StepOwner chosen = StepFields::chosenOwner(owner, m_session.members());
        const QDate date = StepFields::typedDate(due, &error);
        if (!error.isEmpty()) {
            emit m_session.errorOccurred(error); // the text stays in its fields
            return;
        }
        if (m_session.addNextStep(newStep->text(), chosen, date)) {
            newStep->clear();
            owner->setCurrentIndex(0);
            owner->setEditText(QString());
            due->clear();
            newStep->setFocus(Qt::OtherFocusReason);
        }
    };
    connect(newStep, &QLineEdit::returnPressed, this, add);
    connect(owner->lineEdit(), &QLineEdit::returnPressed, this, add);
    connect(due, &QLineEdit::returnPressed, this, add);
    auto *stepDetails = new QHBoxLayout;
    stepDetails->addWidget(owner, 1);
    stepDetails->addWidget(due, 1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scrolling(steps), 1);
    rightLayout->addWidget(newStep);
    rightLayout->addLayout(stepDetails);

    auto *row = new QHBoxLayout;
    row->setSpacing(32);
    row->addWidget(column(tr("Decisions"), left), 1);
    row->addWidget(column(tr("Next steps"), right), 1);
    m_layout->addLayout(row, 1);
    m_entryFields = {newStep, owner, due};
    fillDecisionLists();
}

void StepPanel::fillDecisionLists()
{
    if (!m_decisionList || !m_stepList)
        return;
    clearLayoutLater(m_decisionList);
    clearLayoutLater(m_stepList);
    for (const RecordItem &decision : m_session.decisions())
        m_decisionList->addWidget(wrapped(u"• "_s + decision.text, u"decision_%1"_s.arg(decision.id)));
    for (const RecordItem &choice : m_session.records(RecordKind::Choice))
        m_decisionList->addWidget(wrapped(tr("• Choice: %1").arg(choice.text), u"decision_%1"_s.arg(choice.id)));
    for (const RecordItem &result : m_session.records(RecordKind::SoftResult))
        m_decisionList->addWidget(wrapped(tr("• Soft result: %1").arg(result.text), u"decision_%1"_s.arg(result.id)));
    m_decisionList->addStretch(1);
    // Each step set at this meeting can be corrected or removed here.
    for (const NextStep &step : m_session.newNextSteps()) {
        auto *row = new QHBoxLayout;
        auto *what = recordLine(step.what);
        what->setObjectName(u"nextStep_%1"_s.arg(step.id));
        what->setAccessibleName(tr("Next step"));
        what->setToolTip(step.what);
        what->setCursorPosition(0); // the start of a long step, not its end
        const QStringList details = whoAndWhen(step);
        auto *who = wrapped(details.join(u", "_s), u"nextStepDetails_%1"_s.arg(step.id));
        who->setProperty("role", u"detail"_s);
        auto *remove = new QToolButton;
        remove->setObjectName(u"removeNextStep_%1"_s.arg(step.id));
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove the next step %1").arg(step.what));
        remove->setFocusPolicy(m_audience == Audience::Room ? Qt::NoFocus : Qt::StrongFocus);
        connect(what, &QLineEdit::editingFinished, this, [this, step, what] {
            if (what->text() == step.what)
                return;
            NextStep changed = step;
            changed.what = what->text();
            m_session.updateNextStep(changed);
        });
        connect(remove, &QToolButton::clicked, this, [this, id = step.id] { m_session.removeNextStep(id); });
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        box->addWidget(what);
        if (!details.isEmpty())
            box->addWidget(who);
        row->addLayout(box, 1);
        row->addWidget(remove, 0, Qt::AlignTop);
        m_stepList->addLayout(row);
    }
    m_stepList->addStretch(1);
    // Tab goes from a new step to its owner and its date (the rows just added took their place
    // in the focus chain).
    for (qsizetype i = 0; i + 1 < m_entryFields.size(); ++i)
        QWidget::setTabOrder(m_entryFields.at(i), m_entryFields.at(i + 1));
}

void StepPanel::buildClosingRound()
{
    const QList<Member> attendees = m_session.attendees();
    if (attendees.isEmpty()) {
        m_layout->addWidget(wrapped(tr("The group has no members yet: add them under Group.")));
        m_layout->addStretch(1);
        return;
    }
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const Member &member : attendees) {
        grid->addWidget(wrapped(member.name), row, 0);
        auto *edit = recordLine(m_session.closingStep(member.id));
        edit->setObjectName(u"closing_%1"_s.arg(member.id));
        edit->setAccessibleName(tr("%1: my next step").arg(member.name));
        edit->setPlaceholderText(tr("My next step"));
        connect(edit, &QLineEdit::textEdited, this,
                [this, id = member.id](const QString &text) { m_session.setClosingStep(id, text); });
        grid->addWidget(edit, row++, 1);
    }
    grid->setRowStretch(row, 1);
    auto *rows = new QWidget;
    rows->setLayout(grid);
    m_layout->addWidget(scrolling(rows), 1);
}

} // namespace Leda
