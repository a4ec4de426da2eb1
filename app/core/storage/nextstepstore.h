#pragma once

#include "core/meeting/record.h"
#include "core/storage/saved.h"
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

    // The steps set at a meeting, as its minutes record them: owner and date as they were set
    // there, and the status as of that meeting (a later meeting's follow-up does not show here).
    QList<NextStep> fromMeeting(qint64 meetingId) const;
    QList<NextStep> all(qint64 groupId) const; // as they stand now
    NextStep nextStep(qint64 id) const;
    // People outside the group who can be named as owners: the guests of the group's meetings
    // and the non-members named as owners before, in alphabetical order.
    QStringList guestOwners(qint64 groupId) const;

    qint64 add(const NextStep &step, QString *error);
    bool update(const NextStep &step, QString *error); // what, owner, due date, on any version
    // The same, written only when the step is still at step->version (then counted up); else
    // Conflict with *step as it is now (id 0 when it was removed meanwhile).
    Saved updateIfUnchanged(NextStep *step, QString *error);
    // The same, but when the step changed meanwhile both are kept (keepBoth) and written on the
    // version there now: for writers nobody can ask (the room, a page closed since the edit).
    // Conflict only when the step was removed meanwhile (step->id is then 0).
    Saved updateKeepingBoth(NextStep *step, QString *error);
    bool remove(qint64 id, QString *error);

    // The follow-up at a meeting: every step set at an earlier meeting that was still open when
    // this meeting began, as it stood then, with what this meeting decided about it.
    QList<FollowUpItem> followUp(qint64 meetingId, QString *error = nullptr) const;
    // Records (or changes) what a meeting decided about a step; one outcome per step and meeting.
    // A carry-forward without a date gets one: four weeks after the meeting.
    bool review(const StepReview &review, QString *error);
    // Takes a meeting's outcome for a step back, as if it had not been decided.
    bool undoReview(qint64 stepId, qint64 meetingId, QString *error);
    // Every follow-up of a step, oldest meeting first.
    QList<StepReview> reviews(qint64 stepId) const;
    // A status set outside a meeting (the overview of all steps): recorded as the outcome at the
    // group's latest meeting held by today (never before the step was set); Open takes back the
    // outcome that closed it.
    bool changeStatus(qint64 stepId, NextStepStatus status, const QDate &today, QString *error);

private:
    struct Order; // meetings in the order they were held
    bool addEvent(qint64 id, NextStepAction action, qint64 meetingId, QString *error);
    QList<NextStep> select(const QString &where, const QString &name, qint64 value, bool *ok = nullptr) const;
    QList<StepReview> selectReviews(const QString &where, const QString &name, qint64 value, bool *ok = nullptr) const;
    bool removeReview(const StepReview &review, QString *error);
    bool setCurrent(qint64 id, NextStepStatus status, const StepOwner &owner, const QDate &due, QString *error);

    Database &m_database;
    SearchIndex m_index;
};

} // namespace Leda
