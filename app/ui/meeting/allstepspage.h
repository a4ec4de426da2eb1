#pragma once

#include "core/meeting/record.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Leda {

class Autosave;
class GroupStore;
class MeetingStore;
class NextStepStore;
class StepWriter;

// Every next step of the group across its meetings, in one list: filtered by owner, status
// and overdue; owner, date and status can be changed here; each step leads to the meeting
// that set it. A status changed here is recorded as the outcome at the latest meeting held.
class AllStepsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllStepsPage)

public:
    AllStepsPage(NextStepStore &steps, MeetingStore &meetings, GroupStore &groups, Autosave &autosave,
                 QWidget *parent = nullptr);

    void setGroup(qint64 groupId);
    int shownCount() const;
    void setReadOnly(bool readOnly); // a read-only record: the steps can be read, not changed

signals:
    void backRequested();
    void meetingRequested(qint64 meetingId);
    void errorOccurred(const QString &message);

private:
    void fill();

    NextStepStore &m_steps;
    MeetingStore &m_meetings;
    GroupStore &m_groups;
    Autosave &m_autosave;
    qint64 m_groupId = 0;
    QList<Member> m_members;
    QStringList m_guests; // who outside the group can be named as owner
    bool m_readOnly = false;
    QLabel *m_title = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QTableWidget *m_table = nullptr;
    StepWriter *m_writer = nullptr;
};

} // namespace Leda
