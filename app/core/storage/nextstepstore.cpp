#include "core/storage/nextstepstore.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QVariant memberValue(const StepOwner &owner)
{
    return owner.memberId > 0 ? QVariant(owner.memberId) : QVariant();
}

QString guestValue(const StepOwner &owner)
{
    return owner.memberId > 0 ? QString() : owner.guest;
}

StepOwner ownerFrom(const QVariant &member, const QVariant &guest)
{
    return {member.toLongLong(), member.toLongLong() > 0 ? QString() : guest.toString()};
}

QString dateValue(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool closes(FollowUpOutcome outcome)
{
    return outcome == FollowUpOutcome::Done || outcome == FollowUpOutcome::Dropped;
}

// The status a step has after an outcome: done and dropped close it, the others keep it open.
NextStepStatus statusAfter(FollowUpOutcome outcome)
{
    return outcome == FollowUpOutcome::Done      ? NextStepStatus::Done
           : outcome == FollowUpOutcome::Dropped ? NextStepStatus::Dropped
                                                 : NextStepStatus::Open;
}

// A carry-forward always has a date: four weeks after the meeting, unless one was given.
constexpr int kCarryForwardDays = 28;

} // namespace

// Meetings in the order they were held: by date, and by creation for two on one day.
struct NextStepStore::Order
{
    QHash<qint64, std::pair<QDate, qint64>> keys;

    Order(Database &database, qint64 groupId)
    {
        SqlStatement query(database, u"SELECT id, date FROM meetings WHERE group_id = :group"_s);
        query.bind(u":group"_s, groupId);
        if (query.exec(nullptr)) {
            while (query.next())
                keys.insert(query.value(0).toLongLong(), {dateFrom(query.value(1)), query.value(0).toLongLong()});
        }
    }
    bool before(qint64 a, qint64 b) const { return keys.value(a) < keys.value(b); }
};

NextStepStore::NextStepStore(Database &database)
    : m_database(database)
    , m_index(database)
{
}

QList<NextStep> NextStepStore::select(const QString &where, const QString &name, qint64 value, bool *ok) const
{
    QList<NextStep> result;
    SqlStatement query(m_database, u"SELECT s.id, s.group_id, s.origin_meeting_id, s.what, s.owner_member_id, "
                                   "s.due_date, s.status, s.from_closing_round, s.owner_name, s.version FROM next_steps s "
                                   "JOIN meetings m ON m.id = s.origin_meeting_id WHERE %1 ORDER BY m.date, m.id, s.id"_s.arg(where));
    query.bind(name, value);
    const bool done = query.exec(nullptr);
    if (ok)
        *ok = done;
    if (done) {
        while (query.next()) {
            NextStep step;
            step.id = query.value(0).toLongLong();
            step.groupId = query.value(1).toLongLong();
            step.originMeetingId = query.value(2).toLongLong();
            step.what = query.value(3).toString();
            step.owner = ownerFrom(query.value(4), query.value(8));
            step.due = dateFrom(query.value(5));
            step.status = RecordNames::statusFromKey(query.value(6).toString());
            step.fromClosingRound = query.value(7).toBool();
            step.version = query.value(9).toLongLong();
            result.append(step);
        }
    }
    return result;
}

QList<StepReview> NextStepStore::selectReviews(const QString &where, const QString &name, qint64 value, bool *ok) const
{
    QList<StepReview> result;
    SqlStatement query(m_database, u"SELECT r.next_step_id, r.meeting_id, r.outcome, r.new_due_date, "
                                   "r.new_owner_member_id, r.reason, r.previous_owner_member_id, r.previous_due_date, "
                                   "m.date, r.new_owner_name, r.previous_owner_name FROM next_step_reviews r JOIN meetings m ON m.id = r.meeting_id "
                                   "WHERE %1 ORDER BY m.date, m.id"_s.arg(where));
    query.bind(name, value);
    const bool done = query.exec(nullptr);
    if (ok)
        *ok = done;
    if (done) {
        while (query.next()) {
            StepReview review;
            review.stepId = query.value(0).toLongLong();
            review.meetingId = query.value(1).toLongLong();
            review.outcome = RecordNames::outcomeFromKey(query.value(2).toString());
            review.newDue = dateFrom(query.value(3));
            review.newOwner = ownerFrom(query.value(4), query.value(9));
            review.reason = query.value(5).toString();
            review.previousOwner = ownerFrom(query.value(6), query.value(10));
            review.previousDue = dateFrom(query.value(7));
            review.meetingDate = dateFrom(query.value(8));
            result.append(review);
        }
    }
    return result;
}

QList<NextStep> NextStepStore::fromMeeting(qint64 meetingId) const
{
    QList<NextStep> steps = select(u"s.origin_meeting_id = :id"_s, u":id"_s, meetingId);
    if (steps.isEmpty())
        return steps;
    const Order order(m_database, steps.first().groupId);
    // Every outcome of these steps in one query, oldest meeting first.
    QHash<qint64, QList<StepReview>> byStep;
    const QList<StepReview> all = selectReviews(
        u"r.next_step_id IN (SELECT id FROM next_steps WHERE origin_meeting_id = :id)"_s, u":id"_s, meetingId);
    for (const StepReview &review : all)
        byStep[review.stepId].append(review);
    for (NextStep &step : steps) {
        // Owner and date as set here: a later carry-forward keeps what it replaced.
        // Status as of this meeting: only an outcome decided here or before counts.
        NextStepStatus status = NextStepStatus::Open;
        bool valuesFound = false;
        for (const StepReview &review : byStep.value(step.id)) {
            if (!order.before(meetingId, review.meetingId)) {
                status = statusAfter(review.outcome);
            } else if (!valuesFound && review.outcome == FollowUpOutcome::CarriedForward) {
                step.owner = review.previousOwner;
                step.due = review.previousDue;
                valuesFound = true;
            }
        }
        step.status = status;
    }
    return steps;
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

QStringList NextStepStore::guestOwners(qint64 groupId) const
{
    QStringList names;
    SqlStatement query(m_database, u"SELECT owner_name FROM next_steps WHERE group_id = :group AND owner_name <> '' "
                                   "UNION SELECT g.name FROM guests g JOIN meetings m ON m.id = g.meeting_id "
                                   "WHERE m.group_id = :group2 AND trim(g.name) <> ''"_s);
    query.bind(u":group"_s, groupId).bind(u":group2"_s, groupId);
    if (query.exec(nullptr)) {
        while (query.next())
            names.append(query.value(0).toString().trimmed());
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

qint64 NextStepStore::add(const NextStep &step, QString *error)
{
    Transaction change(m_database);
    SqlStatement query(m_database,
                       u"INSERT INTO next_steps (group_id, origin_meeting_id, what, owner_member_id, owner_name, due_date, "
                       "status, created_at, from_closing_round) VALUES ((SELECT group_id FROM meetings WHERE id = :meeting), "
                       ":meeting2, :what, :owner, :guest, :due, :status, :at, :closing) RETURNING id"_s);
    query.bind(u":meeting"_s, step.originMeetingId)
        .bind(u":meeting2"_s, step.originMeetingId)
        .bind(u":what"_s, step.what)
        .bind(u":owner"_s, memberValue(step.owner))
        .bind(u":guest"_s, guestValue(step.owner))
        .bind(u":due"_s, dateValue(step.due))
        .bind(u":status"_s, RecordNames::key(step.status))
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(u":closing"_s, step.fromClosingRound ? 1 : 0);
    if (!query.exec(error))
        return 0;
    const qint64 id = query.insertedId();
    const bool indexed = m_index.put(m_index.groupOfMeeting(step.originMeetingId), SearchIndex::Source::NextStep, id,
                                     step.originMeetingId, u"next_step"_s, step.what, error);
    return indexed && addEvent(id, NextStepAction::Created, step.originMeetingId, error) && change.commit(error) ? id : 0;
}

bool NextStepStore::update(const NextStep &step, QString *error)
{
    NextStep written = step;
    written.version = kAnyVersion;
    return updateIfUnchanged(&written, error) != Saved::Failed; // a removed step: nothing to do
}

Saved NextStepStore::updateIfUnchanged(NextStep *step, QString *error)
{
    Transaction change(m_database);
    SqlStatement query(m_database,
                       u"UPDATE next_steps SET what = :what, owner_member_id = :owner, owner_name = :guest, due_date = :due, "
                       "version = version + 1 WHERE id = :id AND (:any = 1 OR version = :version)"_s);
    query.bind(u":what"_s, step->what)
        .bind(u":owner"_s, memberValue(step->owner))
        .bind(u":guest"_s, guestValue(step->owner))
        .bind(u":due"_s, dateValue(step->due))
        .bind(u":id"_s, step->id)
        .bind(u":any"_s, step->version == kAnyVersion)
        .bind(u":version"_s, step->version);
    if (!query.exec(error))
        return Saved::Failed;
    const NextStep stored = nextStep(step->id);
    if (query.rowsAffected() == 0) {
        *step = stored; // as another PC left it; id 0 when it removed the step
        return Saved::Conflict;
    }
    if (!m_index.put(stored.groupId, SearchIndex::Source::NextStep, step->id, stored.originMeetingId, u"next_step"_s,
                     step->what, error)
        || !change.commit(error))
        return Saved::Failed;
    step->version = stored.version;
    return Saved::Yes;
}

Saved NextStepStore::updateKeepingBoth(NextStep *step, QString *error)
{
    const NextStep mine = *step;
    const Saved saved = updateIfUnchanged(step, error);
    if (saved != Saved::Conflict || step->id == 0)
        return saved;
    *step = keepBoth(*step, mine);
    const Saved again = updateIfUnchanged(step, error);
    return again == Saved::Conflict && step->id != 0 ? Saved::Failed : again; // changed once more: tried again later
}

bool NextStepStore::remove(qint64 id, QString *error)
{
    Transaction change(m_database);
    return m_index.remove(nextStep(id).groupId, SearchIndex::Source::NextStep, id, error)
        && SqlStatement::removeRow(m_database, u"next_steps"_s, id, error) && change.commit(error);
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

QList<StepReview> NextStepStore::reviews(qint64 stepId) const
{
    return selectReviews(u"r.next_step_id = :id"_s, u":id"_s, stepId);
}

QList<FollowUpItem> NextStepStore::followUp(qint64 meetingId, QString *error) const
{
    QList<FollowUpItem> items;
    SqlStatement meeting(m_database, u"SELECT group_id, date FROM meetings WHERE id = :id"_s);
    meeting.bind(u":id"_s, meetingId);
    if (!meeting.exec(error) || !meeting.next())
        return items;
    const qint64 groupId = meeting.value(0).toLongLong();
    const Order order(m_database, groupId);
    bool ok = false;
    const QList<NextStep> steps = select(u"s.group_id = :id"_s, u":id"_s, groupId, &ok);
    const QList<StepReview> allReviews = selectReviews(u"m.group_id = :id"_s, u":id"_s, groupId, ok ? &ok : nullptr);
    if (!ok) {
        if (error)
            *error = SqlStatement::tr("Could not read the next steps from %1.").arg(m_database.path());
        return items;
    }
    QHash<qint64, QList<StepReview>> byStep;
    for (const StepReview &review : allReviews)
        byStep[review.stepId].append(review);
    for (const NextStep &step : steps) {
        if (!order.before(step.originMeetingId, meetingId) || step.what.trimmed().isEmpty())
            continue;
        FollowUpItem item;
        item.step = step;
        item.originDate = order.keys.value(step.originMeetingId).first;
        bool closedBefore = false;
        bool valuesFound = false;
        for (const StepReview &review : byStep.value(step.id)) {
            if (order.before(review.meetingId, meetingId)) {
                closedBefore = closes(review.outcome);
                continue;
            }
            if (review.meetingId == meetingId)
                item.review = review;
            // As the step stood when the meeting began: before this or any later carry-forward.
            if (!valuesFound && review.outcome == FollowUpOutcome::CarriedForward) {
                item.step.owner = review.previousOwner;
                item.step.due = review.previousDue;
                valuesFound = true;
            }
        }
        if (closedBefore)
            continue;
        item.step.status = NextStepStatus::Open;
        if (item.review.meetingId == 0) {
            item.review.stepId = step.id;
            item.review.meetingId = meetingId;
        }
        items.append(item);
    }
    return items;
}

bool NextStepStore::setCurrent(qint64 id, NextStepStatus status, const StepOwner &owner, const QDate &due,
                               QString *error)
{
    SqlStatement query(m_database, u"UPDATE next_steps SET status = :status, owner_member_id = :owner, "
                                   "owner_name = :guest, due_date = :due WHERE id = :id"_s);
    query.bind(u":status"_s, RecordNames::key(status))
        .bind(u":owner"_s, memberValue(owner))
        .bind(u":guest"_s, guestValue(owner))
        .bind(u":due"_s, dateValue(due))
        .bind(u":id"_s, id);
    return query.exec(error);
}

bool NextStepStore::removeReview(const StepReview &review, QString *error)
{
    SqlStatement remove(m_database, u"DELETE FROM next_step_reviews WHERE next_step_id = :step AND meeting_id = :meeting"_s);
    remove.bind(u":step"_s, review.stepId).bind(u":meeting"_s, review.meetingId);
    if (!remove.exec(error))
        return false;
    NextStep step = nextStep(review.stepId);
    // A carry-forward gives back the owner and date it replaced, unless they were changed since.
    if (review.outcome == FollowUpOutcome::CarriedForward) {
        if (review.newDue.isValid() && step.due == review.newDue)
            step.due = review.previousDue;
        if (!review.newOwner.isEmpty() && step.owner == review.newOwner)
            step.owner = review.previousOwner;
    }
    // The status is what the latest remaining outcome says.
    const QList<StepReview> remaining = reviews(review.stepId);
    const NextStepStatus status = remaining.isEmpty() ? NextStepStatus::Open : statusAfter(remaining.last().outcome);
    return setCurrent(step.id, status, step.owner, step.due, error);
}

bool NextStepStore::undoReview(qint64 stepId, qint64 meetingId, QString *error)
{
    Transaction change(m_database);
    bool ok = true;
    const QList<StepReview> existing = selectReviews(u"r.next_step_id = :id AND r.meeting_id = %1"_s.arg(meetingId),
                                                     u":id"_s, stepId, &ok);
    if (!ok) {
        if (error)
            *error = SqlStatement::tr("Could not read the next steps from %1.").arg(m_database.path());
        return false;
    }
    for (const StepReview &review : existing) {
        if (!removeReview(review, error))
            return false;
    }
    return change.commit(error);
}

bool NextStepStore::changeStatus(qint64 stepId, NextStepStatus status, const QDate &today, QString *error)
{
    const NextStep step = nextStep(stepId);
    if (step.id == 0 || step.status == status)
        return step.id != 0;
    if (status == NextStepStatus::Open) {
        // Reopened: the outcome that closed it is taken back.
        const QList<StepReview> history = reviews(stepId);
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (closes(it->outcome))
                return undoReview(stepId, it->meetingId, error);
        }
        return true;
    }
    const Order order(m_database, step.groupId);
    qint64 at = step.originMeetingId;
    for (auto it = order.keys.cbegin(); it != order.keys.cend(); ++it) {
        if (it.value().first <= today && order.before(at, it.key()))
            at = it.key();
    }
    StepReview review;
    review.stepId = stepId;
    review.meetingId = at;
    review.outcome = status == NextStepStatus::Done ? FollowUpOutcome::Done : FollowUpOutcome::Dropped;
    return this->review(review, error);
}

bool NextStepStore::review(const StepReview &decided, QString *error)
{
    if (decided.outcome == FollowUpOutcome::NotReviewed)
        return undoReview(decided.stepId, decided.meetingId, error);
    Transaction change(m_database);
    if (!undoReview(decided.stepId, decided.meetingId, error))
        return false;
    const NextStep step = nextStep(decided.stepId);
    if (step.id == 0) {
        if (error)
            *error = SqlStatement::tr("The next step is no longer in %1.").arg(m_database.path());
        return false;
    }
    const bool carried = decided.outcome == FollowUpOutcome::CarriedForward;
    StepReview review = decided;
    if (carried && !review.newDue.isValid()) {
        SqlStatement date(m_database, u"SELECT date FROM meetings WHERE id = :id"_s);
        date.bind(u":id"_s, decided.meetingId);
        const QDate meetingDate = date.exec(nullptr) && date.next() ? dateFrom(date.value(0)) : QDate();
        review.newDue = (meetingDate.isValid() ? meetingDate : QDate::currentDate()).addDays(kCarryForwardDays);
    }
    SqlStatement insert(m_database,
                        u"INSERT INTO next_step_reviews (next_step_id, meeting_id, outcome, new_due_date, "
                        "new_owner_member_id, new_owner_name, reason, previous_owner_member_id, previous_owner_name, "
                        "previous_due_date, decided_at) VALUES (:step, :meeting, :outcome, :due, :owner, :guest, :reason, "
                        ":previousOwner, :previousGuest, :previousDue, :at)"_s);
    insert.bind(u":step"_s, step.id)
        .bind(u":meeting"_s, review.meetingId)
        .bind(u":outcome"_s, RecordNames::key(review.outcome))
        .bind(u":due"_s, carried ? dateValue(review.newDue) : QString())
        .bind(u":owner"_s, carried ? memberValue(review.newOwner) : QVariant())
        .bind(u":guest"_s, carried ? guestValue(review.newOwner) : QString())
        .bind(u":reason"_s, review.outcome == FollowUpOutcome::Dropped ? review.reason : QString())
        .bind(u":previousOwner"_s, memberValue(step.owner))
        .bind(u":previousGuest"_s, guestValue(step.owner))
        .bind(u":previousDue"_s, dateValue(step.due))
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec(error))
        return false;
    const NextStepStatus status = statusAfter(review.outcome);
    const StepOwner owner = carried && !review.newOwner.isEmpty() ? review.newOwner : step.owner;
    const QDate due = carried && review.newDue.isValid() ? review.newDue : step.due;
    return setCurrent(step.id, status, owner, due, error) && change.commit(error);
}

} // namespace Leda
