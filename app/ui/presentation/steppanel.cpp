#include "ui/presentation/steppanel.h"

#include "core/timeformat.h"
#include "ui/widgets/layouts.h"

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
#include <QVBoxLayout>

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
    if (m_session.stepCount() == 0)
        return;
    const AgendaItem &item = m_session.current();
    switch (item.kind) {
    case AgendaItem::Kind::Review:
        buildReview();
        break;
    case AgendaItem::Kind::Film:
        buildFilm();
        break;
    case AgendaItem::Kind::Question:
        buildQuestion(item.questionIndex);
        return; // the fields take the height there is
    case AgendaItem::Kind::DecisionsAndNextSteps:
        buildDecisions();
        break;
    case AgendaItem::Kind::ClosingRound:
        buildClosingRound();
        break;
    case AgendaItem::Kind::Other:
        break;
    }
    m_layout->addStretch(1);
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
    } else if (area == u"openSteps"_s) {
        for (const NextStep &step : m_session.openSteps()) {
            const auto outcome = m_session.outcome(step.id);
            for (auto *button : findChildren<QPushButton *>(QRegularExpression(u"^outcome_%1_"_s.arg(step.id)))) {
                button->setChecked(button->property("outcome").toInt() == int(outcome));
            }
        }
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

QStringList StepPanel::whoAndWhen(const NextStep &step) const
{
    QStringList parts;
    const QString owner = m_session.memberName(step.ownerMemberId);
    if (!owner.isEmpty())
        parts << owner;
    if (step.due.isValid())
        parts << tr("by %1").arg(QLocale().toString(step.due, QLocale::ShortFormat));
    return parts;
}

void StepPanel::buildReview()
{
    const QList<NextStep> steps = m_session.openSteps();
    if (steps.isEmpty()) {
        m_layout->addWidget(wrapped(tr("No open next steps from earlier meetings.")));
        return;
    }
    const QList<std::pair<PresentationSession::Outcome, QString>> outcomes{
        {PresentationSession::Outcome::Done, tr("Done")},
        {PresentationSession::Outcome::CarriedForward, tr("Carry forward")},
        {PresentationSession::Outcome::Dropped, tr("Drop")}};
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(0, 1);
    int row = 0;
    for (const NextStep &step : steps) {
        QStringList details = whoAndWhen(step);
        if (m_session.memberName(step.ownerMemberId).isEmpty())
            details.prepend(tr("no one responsible yet"));
        auto *text = new QLabel(
            u"<b>%1</b><br>%2"_s.arg(step.what.toHtmlEscaped(), details.join(u" · "_s).toHtmlEscaped()));
        text->setObjectName(u"openStep_%1"_s.arg(step.id));
        text->setWordWrap(true);
        grid->addWidget(text, row, 0);
        int column = 1;
        for (const auto &[outcome, label] : outcomes) {
            auto *button = new QPushButton(label);
            button->setObjectName(u"outcome_%1_%2"_s.arg(step.id).arg(int(outcome)));
            button->setProperty("outcome", int(outcome));
            button->setCheckable(true);
            button->setChecked(m_session.outcome(step.id) == outcome);
            if (m_audience == Audience::Room)
                button->setFocusPolicy(Qt::NoFocus); // Space walks the agenda, it does not click
            connect(button, &QPushButton::clicked, this, [this, id = step.id, outcome = outcome, button] {
                if (!m_session.decide(id, outcome))
                    button->setChecked(false);
                refresh(u"openSteps"_s);
            });
            grid->addWidget(button, row, column++);
        }
        ++row;
    }
    m_layout->addLayout(grid);
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

void StepPanel::buildDecisions()
{
    auto *decisions = new QWidget;
    m_decisionList = new QVBoxLayout(decisions);
    m_decisionList->setContentsMargins(0, 0, 0, 0);
    auto *newDecision = new QLineEdit;
    newDecision->setObjectName(u"newDecision"_s);
    newDecision->setPlaceholderText(tr("Write a decision and press Enter"));
    connect(newDecision, &QLineEdit::returnPressed, this, [this, newDecision] {
        if (m_session.addDecision(newDecision->text()))
            newDecision->clear();
    });
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(decisions);
    leftLayout->addWidget(newDecision);
    leftLayout->addStretch(1);

    auto *steps = new QWidget;
    m_stepList = new QVBoxLayout(steps);
    m_stepList->setContentsMargins(0, 0, 0, 0);
    auto *newStep = new QLineEdit;
    newStep->setObjectName(u"newNextStep"_s);
    newStep->setPlaceholderText(tr("Write a next step and press Enter"));
    auto *owner = new QComboBox;
    owner->setObjectName(u"newNextStepOwner"_s);
    owner->setAccessibleName(tr("Responsible"));
    owner->addItem(tr("No one responsible yet"), qint64(0));
    for (const Member &member : m_session.members()) {
        if (member.active)
            owner->addItem(member.name, member.id);
    }
    auto *due = new QDateEdit(m_session.meeting().date.isValid() ? m_session.meeting().date.addDays(28) : QDate::currentDate());
    due->setObjectName(u"newNextStepDue"_s);
    due->setAccessibleName(tr("Done by"));
    due->setCalendarPopup(true);
    connect(newStep, &QLineEdit::returnPressed, this, [this, newStep, owner, due] {
        if (m_session.addNextStep(newStep->text(), owner->currentData().toLongLong(), due->date()))
            newStep->clear();
    });
    auto *stepDetails = new QHBoxLayout;
    stepDetails->addWidget(owner, 1);
    stepDetails->addWidget(due);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(steps);
    rightLayout->addWidget(newStep);
    rightLayout->addLayout(stepDetails);
    rightLayout->addStretch(1);

    auto *row = new QHBoxLayout;
    row->setSpacing(32);
    row->addWidget(column(tr("Decisions"), left), 1);
    row->addWidget(column(tr("Next steps"), right), 1);
    m_layout->addLayout(row, 1);
    fillDecisionLists();
}

void StepPanel::fillDecisionLists()
{
    if (!m_decisionList || !m_stepList)
        return;
    clearLayout(m_decisionList);
    clearLayout(m_stepList);
    const QList<RecordItem> decisions = m_session.decisions();
    for (const RecordItem &decision : decisions)
        m_decisionList->addWidget(wrapped(u"• "_s + decision.text, u"decision_%1"_s.arg(decision.id)));
    for (const NextStep &step : m_session.newNextSteps()) {
        const QStringList details = whoAndWhen(step);
        const QString text = details.isEmpty() ? step.what : u"%1 (%2)"_s.arg(step.what, details.join(u", "_s));
        m_stepList->addWidget(wrapped(u"• "_s + text, u"nextStep_%1"_s.arg(step.id)));
    }
}

void StepPanel::buildClosingRound()
{
    const QList<Member> attendees = m_session.attendees();
    if (attendees.isEmpty()) {
        m_layout->addWidget(wrapped(tr("The group has no members yet: add them under Group.")));
        return;
    }
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const Member &member : attendees) {
        grid->addWidget(wrapped(member.name), row, 0);
        auto *edit = new QLineEdit(m_session.closingStep(member.id));
        edit->setObjectName(u"closing_%1"_s.arg(member.id));
        edit->setAccessibleName(tr("%1: my next step").arg(member.name));
        edit->setPlaceholderText(tr("My next step"));
        connect(edit, &QLineEdit::textEdited, this,
                [this, id = member.id](const QString &text) { m_session.setClosingStep(id, text); });
        grid->addWidget(edit, row++, 1);
    }
    m_layout->addLayout(grid);
}

} // namespace Leda
