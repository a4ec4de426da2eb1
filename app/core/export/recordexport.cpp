#include "core/export/recordexport.h"

#include "core/storage/database.h"
#include "core/measures/processmeasures.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QString moduleTitle(const Module *module, const QString &id)
{
    if (!module)
        return id;
    return module->number > 0 ? RecordExport::tr("Module %1: %2").arg(module->number).arg(module->title)
                              : module->title;
}

} // namespace

RecordExport::RecordExport(Database &database, const Course &course)
    : m_database(database)
    , m_course(course)
{
}

MinutesContent RecordExport::minutes(qint64 meetingId) const
{
    GroupStore groups(m_database);
    MeetingStore meetings(m_database);
    NextStepStore steps(m_database);
    MinutesContent content;
    content.meeting = meetings.meeting(meetingId);
    content.group = groups.group(content.meeting.groupId);
    const QList<Member> members = groups.members(content.group.id);

    for (const QString &id : std::as_const(content.meeting.moduleIds)) {
        const Module *module = m_course.module(id);
        content.moduleTitles.append(moduleTitle(module, id));
        if (module)
            content.facilitatorNotes += module->facilitatorNotes;
    }
    // The process leader's private notes for the meeting go with the module's notes: only into
    // an export that asks for the notes for the process leader.
    const QString privateNotes = PreparationStore(m_database).privateNotes(meetingId).trimmed();
    if (!privateNotes.isEmpty())
        content.facilitatorNotes.append(tr("Private notes for this meeting: %1").arg(privateNotes));
    // A name with its title, as a filed protokoll lists those present: "Anna Berg (verksamhetschef)".
    const auto named = [](const Member &member) {
        return member.title.trimmed().isEmpty() ? member.name : u"%1 (%2)"_s.arg(member.name, member.title.trimmed());
    };
    const QHash<qint64, bool> attendance = meetings.attendance(meetingId);
    for (const Member &member : members) {
        if (attendance.value(member.id, false))
            content.present.append(named(member));
        else if (member.active || attendance.contains(member.id))
            content.absent.append(named(member));
    }
    content.guests = meetings.guests(meetingId);
    for (const Member &member : members) {
        if (member.active)
            content.distribution.append(named(member));
    }
    for (const Guest &guest : std::as_const(content.guests))
        content.distribution.append(guest.name);
    const SeriesPlan::NextMeeting next = SeriesPlan::nextMeetingAfter(
        content.meeting, meetings.meetings(content.group.id), PreparationStore(m_database).plan(content.group.id));
    content.nextMeetingDate = next.date;
    if (!next.moduleId.isEmpty())
        content.nextMeetingModule = moduleTitle(m_course.module(next.moduleId), next.moduleId);

    const QList<QuestionNote> notes = meetings.questionNotes(meetingId);
    for (const QString &id : std::as_const(content.meeting.moduleIds)) {
        const Module *module = m_course.module(id);
        QList<QuestionNote> forModule;
        for (const QuestionNote &note : notes) {
            if (note.moduleId == id && !note.isEmpty())
                forModule.append(note);
        }
        std::sort(forModule.begin(), forModule.end(),
                  [](const QuestionNote &a, const QuestionNote &b) { return a.questionIndex < b.questionIndex; });
        for (const QuestionNote &note : std::as_const(forModule)) {
            const QString text = module && note.questionIndex < module->questions.size()
                ? module->questions.at(note.questionIndex)
                : tr("Question %1").arg(note.questionIndex + 1);
            content.questions.append({moduleTitle(module, id), text, note});
        }
    }
    const QList<RecordItem> items = meetings.recordItems(meetingId);
    for (const RecordItem &item : items) {
        if (item.text.trimmed().isEmpty() && item.reason.trimmed().isEmpty())
            continue;
        (item.kind == RecordKind::Decision ? content.decisions
         : item.kind == RecordKind::Choice ? content.choices
                                           : content.softResults)
            .append(item);
    }
    const QList<NextStep> fromMeeting = steps.fromMeeting(meetingId);
    for (const NextStep &step : fromMeeting) {
        if (!step.what.trimmed().isEmpty())
            content.nextSteps.append({step, step.owner.name(members)});
    }
    const QList<FollowUpItem> followUp = steps.followUp(meetingId);
    for (const FollowUpItem &item : followUp) {
        content.followUp.append({item.step.what, item.originDate, item.step.owner.name(members), item.step.due,
                                 RecordNames::describe(item.review, item.review.newOwner.name(members)),
                                 item.review.outcome != FollowUpOutcome::NotReviewed});
    }
    MeasureStore measures(m_database);
    for (const MeetingMeasure &reviewed : measures.meetingMeasures(meetingId)) {
        const Measure measure = measures.measure(reviewed.measureId);
        content.measures.append({MeasureSeries(measure, measures.valuesUntil(measure.id, content.meeting.date)),
                                 reviewed.notes.trimmed()});
    }
    return content;
}

ReportContent RecordExport::report(qint64 groupId, const QDate &today) const
{
    GroupStore groups(m_database);
    MeetingStore meetings(m_database);
    NextStepStore steps(m_database);
    ReportContent report;
    report.today = today;
    report.group = groups.group(groupId);
    report.members = groups.members(groupId);
    const QList<Meeting> all = meetings.meetings(groupId);
    QSet<QString> covered;
    QHash<qint64, int> presentCount;
    QHash<qint64, QDate> dates;
    for (const Meeting &meeting : all) {
        dates.insert(meeting.id, meeting.date);
        const MinutesContent content = minutes(meeting.id);
        if (!isHeld(content, today)) {
            ++report.meetingsPlanned;
            continue;
        }
        report.meetings.append(content);
        for (const QString &id : meeting.moduleIds)
            covered.insert(id);
        const QHash<qint64, bool> attendance = meetings.attendance(meeting.id);
        for (auto it = attendance.cbegin(); it != attendance.cend(); ++it) {
            if (it.value())
                ++presentCount[it.key()];
        }
    }
    QSet<QString> skipped;
    for (const PlanEntry &entry : PreparationStore(m_database).plan(groupId)) {
        if (entry.skipped)
            skipped.insert(entry.moduleId);
    }
    for (const Module &module : m_course.modules) {
        if (!module.available)
            continue;
        (covered.contains(module.id)   ? report.modulesCovered
         : skipped.contains(module.id) ? report.modulesSkipped
                                       : report.modulesNotCovered)
            .append(moduleTitle(&module, module.id));
    }
    for (const Member &member : std::as_const(report.members))
        report.attendance.append({member.name, presentCount.value(member.id)});

    const QList<NextStep> allSteps = steps.all(groupId);
    for (const NextStep &step : allSteps) {
        if (step.what.trimmed().isEmpty())
            continue;
        ++report.stepsTotal;
        const QList<StepReview> reviews = steps.reviews(step.id);
        ReportContent::StepHistory history{step.what, step.owner.name(report.members), {}};
        const auto dated = [](const QDate &date, const QString &text) {
            return u"%1: %2"_s.arg(QLocale().toString(date, QLocale::ShortFormat), text);
        };
        history.events.append(dated(dates.value(step.originMeetingId), tr("set")));
        for (const StepReview &review : reviews)
            history.events.append(dated(review.meetingDate, RecordNames::describe(review, review.newOwner.name(report.members))));
        report.stepHistory.append(history);
        switch (step.status) {
        case NextStepStatus::Done: {
            ++report.stepsDone;
            // On time: marked done at a meeting no later than the date it had then.
            for (const StepReview &review : reviews) {
                if (review.outcome == FollowUpOutcome::Done && review.previousDue.isValid()
                    && review.meetingDate <= review.previousDue)
                    ++report.stepsDoneOnTime;
            }
            break;
        }
        case NextStepStatus::Open:
            ++report.stepsOpen;
            if (isOverdue(step, today))
                ++report.stepsOverdue;
            break;
        case NextStepStatus::Dropped:
            ++report.stepsDropped;
            break;
        }
    }
    MeasureStore measures(m_database);
    for (const Measure &measure : measures.measures(groupId, true)) {
        const QList<MeasureValue> values = measures.values(measure.id);
        if (!values.isEmpty())
            report.measures.append(MeasureSeries(measure, values));
    }
    for (const ProcessMeasure &process : ProcessMeasures::compute(SeriesHistory::load(m_database, groupId), today))
        report.processMeasures.append(MeasureSeries(process.measure, process.values));
    return report;
}

bool RecordExport::isHeld(const MinutesContent &minutes, const QDate &today)
{
    return (minutes.meeting.date.isValid() && minutes.meeting.date <= today) || !minutes.present.isEmpty()
        || !minutes.questions.isEmpty() || !minutes.decisions.isEmpty() || !minutes.choices.isEmpty()
        || !minutes.softResults.isEmpty() || !minutes.nextSteps.isEmpty() || !minutes.meeting.freeNotes.trimmed().isEmpty()
        || std::any_of(minutes.followUp.cbegin(), minutes.followUp.cend(), [](const MinutesContent::FollowUp &item) { return item.reviewed; });
}

} // namespace Leda
