#include "ui/meeting/nextstepseditor.h"
#include "ui/widgets/layouts.h"

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/nextstepstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QString ownerName(const QList<Member> &members, qint64 id)
{
    for (const Member &member : members) {
        if (member.id == id)
            return member.name;
    }
    return {};
}

// QDateEdit cannot be empty: its minimum date stands for "no date yet".
const QDate kNoDate(2000, 1, 1);

} // namespace

NextStepsEditor::NextStepsEditor(NextStepStore &store, Autosave &autosave, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_autosave(autosave)
{
    setObjectName(u"nextStepsEditor"_s);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(0, 3);
    auto *add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add next step"), this);
    add->setObjectName(u"addNextStep"_s);
    connect(add, &QPushButton::clicked, this, &NextStepsEditor::addNew);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void NextStepsEditor::setMeeting(qint64 meetingId, const QList<Member> &members)
{
    m_meetingId = meetingId;
    m_members = members;
    clearLayout(m_grid);
    m_rowCount = 0;
    const QStringList headings{tr("What"), tr("Responsible"), tr("Done by"), tr("Status")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(headings.at(column), this);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        m_grid->addWidget(heading, 0, column);
    }
    const QList<NextStep> steps = m_store.fromMeeting(meetingId);
    for (const NextStep &step : steps)
        addRow(step, false);
}

void NextStepsEditor::addNew()
{
    NextStep step;
    step.originMeetingId = m_meetingId;
    QString error;
    step.id = m_store.add(step, &error);
    if (step.id == 0) {
        emit errorOccurred(error);
        return;
    }
    addRow(step, true);
}

void NextStepsEditor::addRow(const NextStep &step, bool focus)
{
    const int row = ++m_rowCount;
    auto *what = new QLineEdit(step.what, this);
    what->setObjectName(u"nextStepWhat_%1"_s.arg(step.id));
    what->setAccessibleName(tr("Next step"));
    what->setPlaceholderText(tr("What will be done"));

    auto *owner = new QComboBox(this);
    owner->setObjectName(u"nextStepOwner_%1"_s.arg(step.id));
    owner->setAccessibleName(tr("Responsible"));
    owner->addItem(tr("Not decided"), 0);
    for (const Member &member : std::as_const(m_members))
        owner->addItem(member.name, member.id);
    owner->setCurrentIndex(qMax(0, owner->findData(step.ownerMemberId)));

    auto *due = new QDateEdit(this);
    due->setObjectName(u"nextStepDue_%1"_s.arg(step.id));
    due->setAccessibleName(tr("Done by"));
    due->setCalendarPopup(true);
    due->setMinimumDate(kNoDate);
    due->setSpecialValueText(tr("No date"));
    due->setDate(step.due.isValid() ? step.due : kNoDate);

    auto *status = new QComboBox(this);
    status->setObjectName(u"nextStepStatus_%1"_s.arg(step.id));
    status->setAccessibleName(tr("Status"));
    for (NextStepStatus value : {NextStepStatus::Open, NextStepStatus::Done, NextStepStatus::Dropped})
        status->addItem(RecordNames::name(value), int(value));
    status->setCurrentIndex(status->findData(int(step.status)));

    const QString key = AutosaveKey::nextStep(step.id);
    auto save = [this, step, what, owner, due, key] {
        NextStep updated = step;
        updated.what = what->text();
        updated.ownerMemberId = owner->currentData().toLongLong();
        updated.due = due->date() == kNoDate ? QDate() : due->date();
        m_autosave.queue(key, [this, updated](QString *error) { return m_store.update(updated, error); });
    };
    connect(what, &QLineEdit::textEdited, this, save);
    connect(owner, &QComboBox::activated, this, save);
    connect(due, &QDateEdit::userDateChanged, this, save);
    connect(status, &QComboBox::activated, this, [this, status, id = step.id] {
        m_autosave.flush();
        QString error;
        const auto value = NextStepStatus(status->currentData().toInt());
        const bool ok = value == NextStepStatus::Done      ? m_store.markDone(id, m_meetingId, &error)
                        : value == NextStepStatus::Dropped ? m_store.drop(id, m_meetingId, &error)
                                                           : m_store.reopen(id, m_meetingId, &error);
        if (!ok)
            emit errorOccurred(error);
    });

    m_grid->addWidget(what, row, 0);
    m_grid->addWidget(owner, row, 1);
    m_grid->addWidget(due, row, 2);
    m_grid->addWidget(status, row, 3);
    if (focus) {
        for (QWidget *widget : std::initializer_list<QWidget *>{what, owner, due, status})
            widget->show(); // a layout shows new children only later; focus needs them visible now
        what->setFocus();
    }
}

OpenStepsReview::OpenStepsReview(NextStepStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"openStepsReview"_s);
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(0, 0, 0, 0);
}

void OpenStepsReview::setMeeting(qint64 meetingId, const QList<Member> &members, const QList<Meeting> &earlierMeetings)
{
    m_meetingId = meetingId;
    clearLayout(m_rows);
    m_steps = m_store.openBefore(meetingId);
    if (m_steps.isEmpty()) {
        m_rows->addWidget(new QLabel(tr("No open next steps from earlier meetings."), this));
        return;
    }
    QHash<qint64, QDate> meetingDates;
    for (const Meeting &meeting : earlierMeetings)
        meetingDates.insert(meeting.id, meeting.date);

    for (const NextStep &step : std::as_const(m_steps)) {
        auto *row = new QWidget(this);
        row->setObjectName(u"openStep_%1"_s.arg(step.id));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 2, 0, 2);
        QStringList details;
        const QString owner = ownerName(members, step.ownerMemberId);
        details << (owner.isEmpty() ? tr("no one responsible yet") : tr("responsible: %1").arg(owner));
        if (step.due.isValid()) {
            details << tr("done by %1").arg(QLocale().toString(step.due, QLocale::ShortFormat));
        }
        details << tr("from the meeting of %1")
                       .arg(QLocale().toString(meetingDates.value(step.originMeetingId), QLocale::ShortFormat));
        const bool overdue = step.due.isValid() && step.due < meetingDates.value(meetingId, QDate::currentDate());
        auto *text = new QLabel(u"<b>%1</b><br>%2%3"_s.arg(
                                    step.what.isEmpty() ? tr("(no text)") : step.what.toHtmlEscaped(),
                                    details.join(u" · "_s).toHtmlEscaped(),
                                    overdue ? u" · <span style='color:#c62828'>%1</span>"_s.arg(tr("overdue")) : QString()),
                                row);
        text->setObjectName(u"openStepText_%1"_s.arg(step.id));
        text->setWordWrap(true);
        auto *state = new QLabel(row);
        state->setObjectName(u"openStepState_%1"_s.arg(step.id));
        layout->addWidget(text, 1);
        layout->addWidget(state);

        struct Choice
        {
            QString name;
            QString label;
            std::function<bool(QString *)> apply;
            QString result;
        };
        const QList<Choice> choices{
            {u"done"_s, tr("Done"), [this, id = step.id](QString *e) { return m_store.markDone(id, m_meetingId, e); },
             tr("Done ✓")},
            {u"drop"_s, tr("Drop"), [this, id = step.id](QString *e) { return m_store.drop(id, m_meetingId, e); },
             tr("Dropped")},
            {u"carry"_s, tr("Carry forward"),
             [this, id = step.id](QString *e) { return m_store.carryForward(id, m_meetingId, e); },
             tr("Carried forward")}};
        QList<QPushButton *> buttons;
        for (const Choice &choice : choices) {
            auto *button = new QPushButton(choice.label, row);
            button->setObjectName(u"openStep_%1_%2"_s.arg(choice.name).arg(step.id));
            layout->addWidget(button);
            buttons.append(button);
        }
        for (qsizetype i = 0; i < choices.size(); ++i) {
            connect(buttons.at(i), &QPushButton::clicked, this, [this, buttons, state, choice = choices.at(i)] {
                QString error;
                if (!choice.apply(&error)) {
                    emit errorOccurred(error);
                    return;
                }
                state->setText(u"<b>%1</b>"_s.arg(choice.result.toHtmlEscaped()));
                for (QPushButton *button : buttons)
                    button->setEnabled(false);
            });
        }
        m_rows->addWidget(row);
    }
}

} // namespace Leda
