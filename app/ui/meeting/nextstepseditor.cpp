#include "ui/meeting/nextstepseditor.h"
#include "ui/meeting/followuplist.h"
#include "ui/meeting/stepwriter.h"
#include "ui/meeting/textbinding.h"
#include "ui/widgets/layouts.h"
#include "ui/widgets/stepfields.h"

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

// QDateEdit cannot be empty: its minimum date stands for "no date yet".
const QDate kNoDate(2000, 1, 1);

} // namespace

NextStepsEditor::NextStepsEditor(NextStepStore &store, Autosave &autosave, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_autosave(autosave)
{
    setObjectName(u"nextStepsEditor"_s);
    m_writer = new StepWriter(store, autosave, this);
    connect(m_writer, &StepWriter::resolved, this, [this] { setMeeting(m_meeting, m_members); });
    connect(m_writer, &StepWriter::errorOccurred, this, &NextStepsEditor::errorOccurred);
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

void NextStepsEditor::setMeeting(const Meeting &meeting, const QList<Member> &members)
{
    m_meeting = meeting;
    m_meetingId = meeting.id;
    m_members = members;
    m_writer->setMembers(members);
    m_guests = m_store.guestOwners(meeting.groupId);
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
    const QList<NextStep> steps = m_store.fromMeeting(m_meetingId);
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
    auto *what = recordLine(step.what, this);
    what->setObjectName(u"nextStepWhat_%1"_s.arg(step.id));
    what->setAccessibleName(tr("Next step"));
    what->setPlaceholderText(tr("What will be done"));

    auto *owner = StepFields::ownerChooser(m_members, m_guests, step.owner,
                                           u"nextStepOwner_%1"_s.arg(step.id));
    owner->setParent(this);

    auto *due = StepFields::dateEdit(this, u"nextStepDue_%1"_s.arg(step.id));
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

    m_writer->shown(step);
    auto save = [this, step, what, owner, due] {
        NextStep updated = step;
        updated.what = what->text();
        updated.owner = StepFields::chosenOwner(owner, m_members);
        updated.due = due->date() == kNoDate ? QDate() : due->date();
        m_writer->save(updated);
    };
    connect(what, &QLineEdit::textEdited, this, save);
    connect(owner, &QComboBox::activated, this, save);
    connect(owner->lineEdit(), &QLineEdit::textEdited, this, save);
    connect(due, &QDateEdit::userDateChanged, this, save);
    connect(status, &QComboBox::activated, this, [this, status, id = step.id] {
        m_autosave.flush();
        QString error;
        const auto value = NextStepStatus(status->currentData().toInt());
        // Done or dropped at the meeting that set it: that meeting's own outcome for the step.
        StepReview review;
        review.stepId = id;
        review.meetingId = m_meetingId;
        review.outcome = value == NextStepStatus::Done      ? FollowUpOutcome::Done
                         : value == NextStepStatus::Dropped ? FollowUpOutcome::Dropped
                                                            : FollowUpOutcome::NotReviewed;
        const bool ok = m_store.review(review, &error);
        if (!ok)
            emit errorOccurred(error);
    });

    m_grid->addWidget(what, row, 0);
    m_grid->addWidget(owner, row, 1);
    m_grid->addWidget(due, row, 2);
    m_grid->addWidget(status, row, 3);
    if (focus) {
        for (QWidget *widget : std::initializer_list<QWidget *>{what, static_cast<QWidget *>(owner), due, status})
            widget->show(); // a layout shows new children only later; focus needs them visible now
        what->setFocus();
    }
}

OpenStepsReview::OpenStepsReview(NextStepStore &store, Autosave &autosave, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_autosave(autosave)
{
    setObjectName(u"openStepsReview"_s);
    m_list = new FollowUpList([this](const StepReview &review) { return decide(review); }, false, this);
    connect(m_list, &FollowUpList::errorOccurred, this, &OpenStepsReview::errorOccurred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void OpenStepsReview::setMeeting(const Meeting &meeting, const QList<Member> &members)
{
    m_meeting = meeting;
    m_members = members;
    reload();
}

void OpenStepsReview::reload()
{
    QString error;
    const QList<FollowUpItem> items = m_store.followUp(m_meeting.id, &error);
    if (!error.isEmpty())
        emit errorOccurred(error);
    m_list->setItems(items, m_members, m_store.guestOwners(m_meeting.groupId), m_meeting.date);
}

int OpenStepsReview::stepCount() const
{
    return m_list->stepCount();
}

bool OpenStepsReview::decide(StepReview review)
{
    review.meetingId = m_meeting.id;
    m_autosave.flush();
    QString error;
    const bool ok = m_store.review(review, &error); // one transaction: all or nothing
    if (!ok)
        emit errorOccurred(error);
    reload(); // shows what the record holds, also after a failure
    return ok;
}

} // namespace Leda
