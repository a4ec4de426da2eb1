#pragma once

#include "core/measures/measure.h"
#include "core/meeting/preparation.h"
#include "core/meeting/record.h"

#include <QHash>

namespace Leda {

class Database;

// What the record knows about how the series went: the input of the process measures.
struct SeriesHistory
{
    QList<Meeting> meetings;                        // oldest first
    QHash<qint64, QHash<qint64, bool>> attendance;  // meeting → member → present
    QList<PlanEntry> plan;
    QList<NextStep> steps;
    QHash<qint64, QList<StepReview>> reviews;       // step → its follow-ups, oldest first
    QHash<qint64, QDate> meetingDates;              // meeting id → date

    static SeriesHistory load(Database &database, qint64 groupId);
};

// A measure of the improvement work itself, computed from the record with no typing.
struct ProcessMeasure
{
    QString key; // "meetings-held", "modules-covered", "attendance", "steps-on-time", "steps-overdue"
    Measure measure;
    QList<MeasureValue> values;
};

// The processmått the course's evaluation asks for, per month from the first planned or held
// meeting to today: planned meetings that were held, modules covered, attendance, next steps
// done by the date first set, and next steps overdue at the month's end.
class ProcessMeasures final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessMeasures)

public:
    static QList<ProcessMeasure> compute(const SeriesHistory &history, const QDate &today);
};

} // namespace Leda
