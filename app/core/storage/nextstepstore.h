#pragma once

#include "core/meeting/record.h"
#include "core/storage/searchindex.h"

#include <QHash>

namespace Leda {

class Database;

// Next steps (nästa steg): what, who is responsible, when, and what became of them, with the
// history of each step across meetings.
class NextStepStore final
{
public:
    explicit NextStepStore(Database &database);

    QList<NextStep> fromMeeting(qint64 meetingId) const;
    // Steps that are still open and were set at an earlier meeting than meetingId (by date).
    QList<NextStep> openBefore(qint64 meetingId) const;
    QList<NextStep> all(qint64 groupId) const;
    NextStep nextStep(qint64 id) const;

    qint64 add(const NextStep &step, QString *error);
    bool update(const NextStep &step, QString *error); // what, owner, due date
    bool remove(qint64 id, QString *error);

    // Status changes are recorded with the meeting where they were made.
    bool markDone(qint64 id, qint64 atMeetingId, QString *error);
    bool drop(qint64 id, qint64 atMeetingId, QString *error);
    bool reopen(qint64 id, qint64 atMeetingId, QString *error);
    bool carryForward(qint64 id, qint64 atMeetingId, QString *error);

    QList<NextStepEvent> history(qint64 id) const;
    // What was done last to each step at one meeting (done, dropped, carried forward, reopened).
    QHash<qint64, NextStepAction> lastActionsAt(qint64 meetingId) const;

private:
    bool setStatus(qint64 id, NextStepStatus status, NextStepAction action, qint64 atMeetingId, QString *error);
    bool addEvent(qint64 id, NextStepAction action, qint64 meetingId, QString *error);
    QList<NextStep> select(const QString &where, const QString &name, qint64 value) const;

    Database &m_database;
    SearchIndex m_index;
};

} // namespace Leda
