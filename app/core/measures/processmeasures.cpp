#include "core/measures/processmeasures.h"

#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

struct Month
{
    QDate first;
    QDate end; // the last day, or today in the current month
};

QList<Month> monthsOf(const SeriesHistory &history, const QDate &today)
{
    QDate start;
    for (const Meeting &meeting : history.meetings) {
        if (meeting.date.isValid() && (!start.isValid() || meeting.date < start))
            start = meeting.date;
    }
    for (const PlanEntry &entry : history.plan) {
        if (!entry.skipped && entry.plannedDate.isValid() && (!start.isValid() || entry.plannedDate < start))
            start = entry.plannedDate;
    }
    QList<Month> months;
    if (!start.isValid() || start > today)
        return months;
    for (QDate first(start.year(), start.month(), 1); first <= today; first = first.addMonths(1))
        months.append({first, std::min(first.addMonths(1).addDays(-1), today)});
    return months;
}

bool held(const Meeting &meeting, const QDate &today)
{
    return meeting.date.isValid() && meeting.date <= today;
}

Measure processMeasure(const QString &name, const QString &definition, Measure::ValueType type,
                       Measure::Better better)
{
    Measure measure;
    measure.name = name;
    measure.kind = Measure::Kind::Process;
    measure.definition = definition;
    measure.valueType = type;
    measure.better = better;
    measure.perUnits = type == Measure::ValueType::Proportion ? 100 : 1;
    measure.unit = type == Measure::ValueType::Proportion ? u"%"_s : QString();
    return measure;
}

MeasureValue valueFor(const Month &month, std::optional<double> value, std::optional<double> denominator = {})
{
    MeasureValue result;
    result.period = month.first;
    result.value = value;
    result.denominator = denominator;
    return result;
}

// The step's date as first set (before any carry-forward), and as it stood on a day.
QDate firstDue(const NextStep &step, const QList<StepReview> &reviews)
{
    return reviews.isEmpty() ? step.due : reviews.first().previousDue;
}

QDate dueOn(const NextStep &step, const QList<StepReview> &reviews, const QDate &day)
{
    QDate due = firstDue(step, reviews);
    for (const StepReview &review : reviews) {
        if (review.meetingDate <= day && review.outcome == FollowUpOutcome::CarriedForward && review.newDue.isValid())
            due = review.newDue;
    }
    return due;
}

// The meeting date at which the step was closed (done or dropped), if it was.
QDate closedAt(const QList<StepReview> &reviews, FollowUpOutcome *outcome)
{
    for (const StepReview &review : reviews) {
        if (review.outcome == FollowUpOutcome::Done || review.outcome == FollowUpOutcome::Dropped) {
            *outcome = review.outcome;
            return review.meetingDate;
        }
    }
    return {};
}

} // namespace

SeriesHistory SeriesHistory::load(Database &database, qint64 groupId)
{
    SeriesHistory history;
    MeetingStore meetings(database);
    history.meetings = meetings.meetings(groupId);
    for (const Meeting &meeting : std::as_const(history.meetings)) {
        history.attendance.insert(meeting.id, meetings.attendance(meeting.id));
        history.meetingDates.insert(meeting.id, meeting.date);
    }
    history.plan = PreparationStore(database).plan(groupId);
    NextStepStore steps(database);
    history.steps = steps.all(groupId);
    for (const NextStep &step : std::as_const(history.steps))
        history.reviews.insert(step.id, steps.reviews(step.id));
    return history;
}

QList<ProcessMeasure> ProcessMeasures::compute(const SeriesHistory &history, const QDate &today)
{
    const QList<Month> months = monthsOf(history, today);

    // Planned meetings that were held: the k-th planned meeting on a module is held when the
    // module has been covered at k meetings so far.
    QHash<QString, int> coveredTimes;
    for (const Meeting &meeting : history.meetings) {
        if (held(meeting, today)) {
            for (const QString &module : QSet<QString>(meeting.moduleIds.cbegin(), meeting.moduleIds.cend()))
                ++coveredTimes[module];
        }
    }
    QHash<QString, int> plannedSoFar;
    QList<std::pair<QDate, bool>> planned; // planned date, held
    for (const PlanEntry &entry : history.plan) {
        if (entry.skipped || !entry.plannedDate.isValid())
            continue;
        const int k = ++plannedSoFar[entry.moduleId];
        planned.append({entry.plannedDate, coveredTimes.value(entry.moduleId) >= k});
    }

    ProcessMeasure meetingsHeld{u"meetings-held"_s,
                                processMeasure(tr("Planned meetings held"),
                                               tr("Of the meetings in the series plan for the month (skipped ones left "
                                                  "out), the share held on their module so far."),
                                               Measure::ValueType::Proportion, Measure::Better::Higher),
                                {}};
    ProcessMeasure modulesCovered{u"modules-covered"_s,
                                  processMeasure(tr("Modules covered"),
                                                 tr("Modules of the course the group worked through at its meetings "
                                                    "in the month."),
                                                 Measure::ValueType::Count, Measure::Better::Higher),
                                  {}};
    ProcessMeasure attendance{u"attendance"_s,
                              processMeasure(tr("Attendance"),
                                             tr("Of the members on the attendance lists of the month's meetings, the "
                                                "share present."),
                                             Measure::ValueType::Proportion, Measure::Better::Higher),
                              {}};
    ProcessMeasure onTime{u"steps-on-time"_s,
                          processMeasure(tr("Next steps done by their date"),
                                         tr("Of the next steps due in the month (by the date first set; dropped ones "
                                            "left out), the share marked done at or before the first meeting on or "
                                            "after that date."),
                                         Measure::ValueType::Proportion, Measure::Better::Higher),
                          {}};
    ProcessMeasure overdue{u"steps-overdue"_s,
                           processMeasure(tr("Next steps overdue"),
                                          tr("Next steps still open at the end of the month (or today) whose date had "
                                             "passed."),
                                          Measure::ValueType::Count, Measure::Better::Lower),
                           {}};

    for (const Month &month : months) {
        int plannedCount = 0;
        int heldCount = 0;
        for (const auto &[date, wasHeld] : planned) {
            if (date >= month.first && date <= month.end) {
                ++plannedCount;
                heldCount += wasHeld ? 1 : 0;
            }
        }
        meetingsHeld.values.append(plannedCount ? valueFor(month, heldCount, plannedCount) : valueFor(month, {}));

        QSet<QString> modules;
        int present = 0;
        int listed = 0;
        for (const Meeting &meeting : history.meetings) {
            if (!held(meeting, today) || meeting.date < month.first || meeting.date > month.end)
                continue;
            for (const QString &module : meeting.moduleIds)
                modules.insert(module);
            const QHash<qint64, bool> list = history.attendance.value(meeting.id);
            listed += int(list.size());
            present += int(std::count(list.cbegin(), list.cend(), true));
        }
        modulesCovered.values.append(valueFor(month, double(modules.size())));
        attendance.values.append(listed ? valueFor(month, present, listed) : valueFor(month, {}));

        int due = 0;
        int doneInTime = 0;
        int late = 0;
        for (const NextStep &step : history.steps) {
            const QList<StepReview> reviews = history.reviews.value(step.id);
            FollowUpOutcome outcome = FollowUpOutcome::NotReviewed;
            const QDate closed = closedAt(reviews, &outcome);
            const QDate first = firstDue(step, reviews);
            if (first.isValid() && first >= month.first && first <= month.end
                && outcome != FollowUpOutcome::Dropped) {
                ++due;
                // The first meeting on or after the date is when the group could know.
                QDate followedUp;
                for (const Meeting &meeting : history.meetings) {
                    if (held(meeting, today) && meeting.date >= first) {
                        followedUp = meeting.date;
                        break;
                    }
                }
                if (outcome == FollowUpOutcome::Done && (!followedUp.isValid() || closed <= followedUp))
                    ++doneInTime;
            }
            const QDate set = history.meetingDates.value(step.originMeetingId);
            const bool openAtEnd = set.isValid() && set <= month.end && (!closed.isValid() || closed > month.end);
            const QDate dueThen = dueOn(step, reviews, month.end);
            if (openAtEnd && dueThen.isValid() && dueThen < month.end)
                ++late;
        }
        onTime.values.append(due ? valueFor(month, doneInTime, due) : valueFor(month, {}));
        overdue.values.append(valueFor(month, late));
    }
    return {meetingsHeld, modulesCovered, attendance, onTime, overdue};
}

} // namespace Leda
