#include "ui/meeting/allstepspage.h"
#include "ui/meeting/stepwriter.h"

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "ui/widgets/layouts.h"
#include "ui/widgets/pagetop.h"
#include "ui/widgets/stepfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

enum Column { WhatColumn, OwnerColumn, DueColumn, StatusColumn, MeetingColumn, ColumnCount };
enum class Shown { Open, Done, Dropped, All };

} // namespace

AllStepsPage::AllStepsPage(NextStepStore &steps, MeetingStore &meetings, GroupStore &groups, Autosave &autosave,
                           QWidget *parent)
    : QWidget(parent)
    , m_steps(steps)
    , m_meetings(meetings)
    , m_groups(groups)
    , m_autosave(autosave)
{
    setObjectName(u"allStepsPage"_s);
    m_writer = new StepWriter(steps, autosave, this);
    connect(m_writer, &StepWriter::resolved, this, &AllStepsPage::fill);
    connect(m_writer, &StepWriter::errorOccurred, this, &AllStepsPage::errorOccurred);
    const PageTop top = makePageTop(this, u"allStepsBack"_s, tr("Meetings"), [this] {
        m_autosave.flush();
        emit backRequested();
    });
    m_title = top.title;

    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"allStepsOwner"_s);
    m_owner->setAccessibleName(tr("Responsible"));
    m_status = new QComboBox(this);
    m_status->setObjectName(u"allStepsStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Open"), int(Shown::Open));
    m_status->addItem(tr("Done"), int(Shown::Done));
    m_status->addItem(tr("Dropped"), int(Shown::Dropped));
    m_status->addItem(tr("All"), int(Shown::All));
    m_overdueOnly = new QCheckBox(tr("Only &overdue"), this);
    m_overdueOnly->setObjectName(u"allStepsOverdue"_s);
    for (QWidget *filter : std::initializer_list<QWidget *>{m_owner, m_status, m_overdueOnly})
        markReadOnlySafe(filter);
    for (QComboBox *filter : {m_owner, m_status})
        connect(filter, &QComboBox::activated, this, &AllStepsPage::fill);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &AllStepsPage::fill);

    auto *ownerLabel = new QLabel(tr("&Responsible:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *filters = new QHBoxLayout;
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner);
    filters->addSpacing(16);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(16);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"allStepsTable"_s);
    m_table->setAccessibleName(tr("Next steps"));
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Responsible"), tr("Done by"), tr("Status"), tr("Set at")});
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top.layout);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

void AllStepsPage::setGroup(qint64 groupId)
{
    m_autosave.flush();
    m_groupId = groupId;
    m_members = m_groups.members(groupId);
    m_writer->setMembers(m_members);
    m_title->setText(tr("All next steps: %1").arg(m_groups.group(groupId).name));
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(-1));
    m_owner->addItem(tr("No one responsible yet"), qint64(0));
    for (const Member &member : std::as_const(m_members))
        m_owner->addItem(member.name, member.id);
    m_guests = m_steps.guestOwners(groupId);
    for (const QString &guest : std::as_const(m_guests))
        m_owner->addItem(tr("%1 (guest)").arg(guest), guest); // a name, where a member has an id
    fill();
}

int AllStepsPage::shownCount() const
{
    return m_table->rowCount();
}

void AllStepsPage::fill()
{
    m_autosave.flush(); // the list shows what is stored
    const QDate today = QDate::currentDate();
    const QVariant chosen = m_owner->currentData();
    const bool guestChosen = chosen.typeId() == QMetaType::QString;
    const bool everyone = !guestChosen && chosen.toLongLong() < 0;
    const StepOwner owner = guestChosen ? StepOwner{0, chosen.toString()} : StepOwner::member(qMax<qint64>(0, chosen.toLongLong()));
    const auto shown = Shown(m_status->currentData().toInt());
    QHash<qint64, QDate> meetingDates;
    for (const Meeting &meeting : m_meetings.meetings(m_groupId))
        meetingDates.insert(meeting.id, meeting.date);

    QList<NextStep> steps = m_steps.all(m_groupId);
    steps.removeIf([&](const NextStep &step) {
        const bool statusShown = shown == Shown::All || (shown == Shown::Open && step.status == NextStepStatus::Open)
            || (shown == Shown::Done && step.status == NextStepStatus::Done)
            || (shown == Shown::Dropped && step.status == NextStepStatus::Dropped);
        return step.what.trimmed().isEmpty() || !statusShown || (!everyone && step.owner != owner)
            || (m_overdueOnly->isChecked() && !isOverdue(step, today));
    });

    m_table->setRowCount(0);
    m_table->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const NextStep step = steps.at(row);
        const bool overdue = isOverdue(step, today);
        auto *what = new QTableWidgetItem(overdue ? tr("%1 (overdue)").arg(step.what) : step.what);
        what->setFlags(Qt::ItemIsEnabled);
        if (overdue)
            what->setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_table->setItem(row, WhatColumn, what);

        m_writer->shown(step);
        auto *ownerBox = StepFields::ownerChooser(m_members, m_guests, step.owner, u"allStepsOwner_%1"_s.arg(step.id));
        auto *due = StepFields::dateField(step.due, u"allStepsDue_%1"_s.arg(step.id));
        auto save = [this, step, ownerBox, due] {
            QString error;
            NextStep changed = step;
            changed.owner = StepFields::chosenOwner(ownerBox, m_members);
            changed.due = StepFields::typedDate(due, &error);
            if (!error.isEmpty()) {
                emit errorOccurred(error);
                return;
            }
            if (changed.owner != step.owner || changed.due != step.due)
                m_writer->save(changed);
        };
        connect(ownerBox, &QComboBox::activated, this, save);
        connect(ownerBox->lineEdit(), &QLineEdit::editingFinished, this, save);
        connect(due, &QLineEdit::editingFinished, this, save);
        m_table->setCellWidget(row, OwnerColumn, ownerBox);
        m_table->setCellWidget(row, DueColumn, due);

        auto *status = new QComboBox;
        status->setObjectName(u"allStepsStatus_%1"_s.arg(step.id));
        status->setAccessibleName(tr("Status"));
        for (NextStepStatus value : {NextStepStatus::Open, NextStepStatus::Done, NextStepStatus::Dropped})
            status->addItem(RecordNames::name(value), int(value));
        status->setCurrentIndex(status->findData(int(step.status)));
        connect(status, &QComboBox::activated, this, [this, status, id = step.id] {
            m_autosave.flush();
            QString error;
            if (!m_steps.changeStatus(id, NextStepStatus(status->currentData().toInt()), QDate::currentDate(), &error))
                emit errorOccurred(error);
        });
        m_table->setCellWidget(row, StatusColumn, status);

        auto *origin = new QPushButton(QLocale().toString(meetingDates.value(step.originMeetingId), QLocale::ShortFormat));
        markReadOnlySafe(origin); // to the meeting: reading
        origin->setObjectName(u"allStepsMeeting_%1"_s.arg(step.id));
        origin->setToolTip(tr("Open the meeting where the step was set"));
        connect(origin, &QPushButton::clicked, this, [this, meeting = step.originMeetingId] {
            m_autosave.flush();
            emit meetingRequested(meeting);
        });
        m_table->setCellWidget(row, MeetingColumn, origin);
    }
    // The fields' own widths (a table does not size columns to its cell widgets).
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(OwnerColumn, 14 * em);
    m_table->setColumnWidth(DueColumn, 9 * em);
    m_table->setColumnWidth(StatusColumn, 8 * em);
    m_table->setColumnWidth(MeetingColumn, 8 * em);
    m_table->resizeRowsToContents();
    setRecordReadOnly(m_table, m_readOnly);
}

void AllStepsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setRecordReadOnly(m_table, readOnly);
}

} // namespace Leda
