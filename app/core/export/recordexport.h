#pragma once

#include "core/content/module.h"
#include "core/measures/measure.h"
#include "core/meeting/record.h"

#include <QCoreApplication>
#include <QFlags>

namespace Leda {

class Database;

// What an export contains, resolved for writing: names instead of ids, question texts from
// the course. One meeting's minutes (protokoll) or a group's course report (slutrapport).
struct MinutesContent
{
    Group group;
    Meeting meeting;
    QStringList moduleTitles;
    QStringList present;
    QStringList absent;
    QList<Guest> guests;
    struct Question
    {
        QString moduleTitle;
        QString text;
        QuestionNote note;
    };
    QList<Question> questions; // only those with something written
    QList<RecordItem> decisions;
    QList<RecordItem> choices;
    QList<RecordItem> softResults;
    struct Step
    {
        NextStep step;
        QString owner;
    };
    QList<Step> nextSteps;
    // Uppföljning av tidigare nästa steg: what this meeting decided about each step set earlier.
    struct FollowUp
    {
        QString what;
        QDate from;      // the meeting that set it
        QString owner;   // as it stood when this meeting began
        QDate due;
        QString outcome; // "Done", "Carried forward to …, responsible: …", "Dropped: reason", "Not followed up"
        bool reviewed = false;
    };
    QList<FollowUp> followUp;
    // The measures looked at in the meeting's Mått item: the chart as it stood that day, and what
    // the group said.
    struct MeasureReview
    {
        MeasureSeries series;
        QString notes;
    };
    QList<MeasureReview> measures;
    QDate nextMeetingDate; // invalid when not known
    QString nextMeetingModule;
    QStringList distribution; // sändlista: the group's active members and the meeting's guests
    QStringList facilitatorNotes; // the modules' notes for the process leader, and the private notes
};

struct ReportContent
{
    Group group;
    QList<Member> members;
    QList<MinutesContent> meetings; // the meetings held (date passed or minutes written), oldest first
    int meetingsPlanned = 0;        // meetings in the record not held yet
    QStringList modulesCovered;     // course order
    QStringList modulesNotCovered;  // neither covered nor skipped
    QStringList modulesSkipped;     // skipped in the series plan
    // Each next step with its whole history: set at a meeting, then each follow-up.
    struct StepHistory
    {
        QString what;
        QString owner;
        QStringList events; // "12 Jan 2027: set", "9 Feb 2027: Carried forward to …"
    };
    QList<StepHistory> stepHistory;
    struct Attendance
    {
        QString member;
        int present = 0;
    };
    QList<Attendance> attendance;
    int stepsTotal = 0;
    int stepsDone = 0;
    int stepsDoneOnTime = 0;
    int stepsOpen = 0;
    int stepsOverdue = 0;
    int stepsDropped = 0;
    QList<MeasureSeries> measures;        // every measure of the group with values, archived ones too
    QList<MeasureSeries> processMeasures; // computed from the record
    QDate today;
};

enum class ExportSection {
    Attendance = 0x1,
    Questions = 0x2,
    Decisions = 0x4,
    Choices = 0x8,
    SoftResults = 0x10,
    NextSteps = 0x20,
    FreeNotes = 0x40,
    FacilitatorNotes = 0x80, // never by default: the process leader's own notes
    Summary = 0x100,         // course report only
    Measures = 0x200,        // the charts: reviewed at the meeting; every measure in the report
};
Q_DECLARE_FLAGS(ExportSections, ExportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ExportSections)

inline ExportSections defaultExportSections()
{
    return ExportSections(0x3FF) & ~ExportSections(ExportSection::FacilitatorNotes);
}

// Reads what an export needs from the stores.
class RecordExport final
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)

public:
    RecordExport(Database &database, const Course &course);

    MinutesContent minutes(qint64 meetingId) const;
    ReportContent report(qint64 groupId, const QDate &today = QDate::currentDate()) const;
    // A meeting counts as held when its date has come or something has been written in it.
    static bool isHeld(const MinutesContent &minutes, const QDate &today);

private:
    Database &m_database;
    const Course &m_course;
};

} // namespace Leda
