#include "core/storage/nextstepstore.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Leda {

NextStepStore::NextStepStore(Database &database)
    : m_database(database)
    , m_index(database)
{
}

QList<NextStep> NextStepStore::select(const QString &where, const QString &name, qint64 value) const
{
    QList<NextStep> result;
    SqlStatement query(m_database, u"SELECT s.id, s.group_id, s.origin_meeting_id, s.what, s.owner_member_id, "
                                   "s.due_date, s.status, s.from_closing_round FROM next_steps s "
                                   "JOIN meetings m ON m.id = s.origin_meeting_id WHERE %1 ORDER BY m.date, s.id"_s.arg(where));
    query.bind(name, value);
    if (query.exec(nullptr)) {
        while (query.next()) {
            NextStep step;
            step.id = query.value(0).toLongLong();
            step.groupId = query.value(1).toLongLong();
            step.originMeetingId = query.value(2).toLongLong();
            step.what = query.value(3).toString();
            step.ownerMemberId = query.value(4).toLongLong();
            step.due = QDate::fromString(query.value(5).toString(), Qt::ISODate);
            step.status = RecordNames::statusFromKey(query.value(6).toString());
            step.fromClosingRound = query.value(7).toBool();
            result.append(step);
        }
    }
    return result;
}

QList<NextStep> NextStepStore::fromMeeting(qint64 meetingId) const
{
    return select(u"s.origin_meeting_id = :id"_s, u":id"_s, meetingId);
}

QList<NextStep> NextStepStore::openBefore(qint64 meetingId) const
{
    return select(u"s.status = 'open' AND s.origin_meeting_id <> :id AND "
                  "m.group_id = (SELECT group_id FROM meetings WHERE id = :id) AND "
                  "m.date <= (SELECT date FROM meetings WHERE id = :id)"_s,
                  u":id"_s, meetingId);
}

QList<NextStep> NextStepStore::all(qint64 groupId) const
{
    return select(u"s.group_id = :id"_s, u":id"_s, groupId);
}

NextStep NextStepStore::nextStep(qint64 id) const
{
    const QList<NextStep> found = select(u"s.id = :id"_s, u":id"_s, id);
    return found.isEmpty() ? NextStep{} : found.first();
}

qint64 NextStepStore::add(const NextStep &step, QString *error)
{
    SqlStatement query(m_database,
                       u"INSERT INTO next_steps (group_id, origin_meeting_id, what, owner_member_id, due_date, status, "
                       "created_at, from_closing_round) VALUES ((SELECT group_id FROM meetings WHERE id = :meeting), :meeting2, "
                       ":what, :owner, :due, :status, :at, :closing)"_s);
    query.bind(u":meeting"_s, step.originMeetingId)
        .bind(u":meeting2"_s, step.originMeetingId)
        .bind(u":what"_s, step.what)
        .bind(u":owner"_s, step.ownerMemberId > 0 ? QVariant(step.ownerMemberId) : QVariant())
        .bind(u":due"_s, step.due.isValid() ? step.due.toString(Qt::ISODate) : QString())
        .bind(u":status"_s, RecordNames::key(step.status))
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(u":closing"_s, step.fromClosingRound ? 1 : 0);
    if (!query.exec(error))
        return 0;
    const qint64 id = query.lastInsertId();
    const bool indexed = m_index.put(m_index.groupOfMeeting(step.originMeetingId), SearchIndex::Source::NextStep, id,
                                     step.originMeetingId, u"next_step"_s, step.what, error);
    return indexed && addEvent(id, NextStepAction::Created, step.originMeetingId, error) ? id : 0;
}

bool NextStepStore::update(const NextStep &step, QString *error)
{
    SqlStatement query(m_database,
                       u"UPDATE next_steps SET what = :what, owner_member_id = :owner, due_date = :due WHERE id = :id"_s);
    query.bind(u":what"_s, step.what)
        .bind(u":owner"_s, step.ownerMemberId > 0 ? QVariant(step.ownerMemberId) : QVariant())
        .bind(u":due"_s, step.due.isValid() ? step.due.toString(Qt::ISODate) : QString())
        .bind(u":id"_s, step.id);
    if (!query.exec(error))
        return false;
    const NextStep stored = nextStep(step.id);
    return m_index.put(stored.groupId, SearchIndex::Source::NextStep, step.id, stored.originMeetingId, u"next_step"_s,
                       step.what, error);
}

bool NextStepStore::remove(qint64 id, QString *error)
{
    return m_index.remove(nextStep(id).groupId, SearchIndex::Source::NextStep, id, error)
        && SqlStatement::removeRow(m_database, u"next_steps"_s, id, error);
}

bool NextStepStore::addEvent(qint64 id, NextStepAction action, qint64 meetingId, QString *error)
{
    SqlStatement query(m_database, u"INSERT INTO next_step_events (next_step_id, meeting_id, action, at) "
                                   "VALUES (:id, :meeting, :action, :at)"_s);
    query.bind(u":id"_s, id)
        .bind(u":meeting"_s, meetingId > 0 ? QVariant(meetingId) : QVariant())
        .bind(u":action"_s, RecordNames::key(action))
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return query.exec(error);
}

bool NextStepStore::setStatus(qint64 id, NextStepStatus status, NextStepAction action, qint64 atMeetingId,
                              QString *error)
{
    SqlStatement query(m_database, u"UPDATE next_steps SET status = :status WHERE id = :id"_s);
    query.bind(u":status"_s, RecordNames::key(status)).bind(u":id"_s, id);
    return query.exec(error) && addEvent(id, action, atMeetingId, error);
}

bool NextStepStore::markDone(qint64 id, qint64 atMeetingId, QString *error)
{
    return setStatus(id, NextStepStatus::Done, NextStepAction::Done, atMeetingId, error);
}

bool NextStepStore::drop(qint64 id, qint64 atMeetingId, QString *error)
{
    return setStatus(id, NextStepStatus::Dropped, NextStepAction::Dropped, atMeetingId, error);
}

bool NextStepStore::reopen(qint64 id, qint64 atMeetingId, QString *error)
{
    return setStatus(id, NextStepStatus::Open, NextStepAction::Reopened, atMeetingId, error);
}

bool NextStepStore::carryForward(qint64 id, qint64 atMeetingId, QString *error)
{
    return addEvent(id, NextStepAction::CarriedForward, atMeetingId, error);
}

QHash<qint64, NextStepAction> NextStepStore::lastActionsAt(qint64 meetingId) const
{
    QHash<qint64, NextStepAction> actions;
    SqlStatement query(m_database, u"SELECT next_step_id, action FROM next_step_events WHERE meeting_id = :meeting "
                                   "ORDER BY id"_s);
    query.bind(u":meeting"_s, meetingId);
    if (query.exec(nullptr)) {
        while (query.next())
            actions.insert(query.value(0).toLongLong(), RecordNames::actionFromKey(query.value(1).toString()));
    }
    return actions;
}

QList<NextStepEvent> NextStepStore::history(qint64 id) const
{
    QList<NextStepEvent> result;
    SqlStatement query(m_database, u"SELECT meeting_id, action, at FROM next_step_events WHERE next_step_id = :id "
                                   "ORDER BY id"_s);
    query.bind(u":id"_s, id);
    if (query.exec(nullptr)) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), RecordNames::actionFromKey(query.value(1).toString()),
                           QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
        }
    }
    return result;
}

} // namespace Leda
