#include "core/export/outline.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

OutlineBlock heading(const QString &text, int level = 2)
{
    OutlineBlock block;
    block.kind = OutlineBlock::Kind::Heading;
    block.level = level;
    block.text = text;
    return block;
}

OutlineBlock field(const QString &label, const QString &text)
{
    OutlineBlock block;
    block.kind = OutlineBlock::Kind::Field;
    block.label = label;
    block.text = text;
    return block;
}

OutlineBlock paragraph(const QString &text, bool strong = false)
{
    OutlineBlock block;
    block.text = text;
    block.strong = strong;
    return block;
}

OutlineBlock bullet(const QString &text)
{
    OutlineBlock block;
    block.kind = OutlineBlock::Kind::Bullet;
    block.text = text;
    return block;
}

OutlineBlock table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {})
{
    OutlineBlock block;
    block.kind = OutlineBlock::Kind::Table;
    block.headers = headers;
    block.rows = rows;
    block.widths = widths;
    return block;
}

OutlineBlock chart(const MeasureSeries &series, const QString &about)
{
    OutlineBlock block;
    block.kind = OutlineBlock::Kind::Chart;
    block.text = series.measure().name;
    block.label = about;
    block.chart = std::make_shared<const MeasureSeries>(series);
    return block;
}

OutlineBlock title(const QString &text, int level)
{
    OutlineBlock block;
    block.kind = OutlineBlock::Kind::Title;
    block.text = text;
    block.level = level;
    return block;
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : u"–"_s;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"–"_s : text;
}

} // namespace

RecordOutline::RecordOutline(ExportSections sections)
    : m_sections(sections)
{
}

QString RecordOutline::longDate(const QDate &date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

QString RecordOutline::sectionTitle(int number, const QString &title)
{
    return tr("§ %1 %2").arg(number).arg(title);
}

QString RecordOutline::contentsTitle()
{
    return tr("Contents");
}

QString RecordOutline::nextMeetingText(const MinutesContent &content)
{
    if (!content.nextMeetingDate.isValid())
        return tr("Not planned yet.");
    return content.nextMeetingModule.isEmpty()
        ? longDate(content.nextMeetingDate)
        : tr("%1, %2").arg(longDate(content.nextMeetingDate), content.nextMeetingModule);
}

QList<OutlineBlock> RecordOutline::minutesBlocks(const MinutesContent &content, bool filed) const
{
    QList<OutlineBlock> blocks;
    const Meeting &meeting = content.meeting;
    QString when = longDate(meeting.date);
    if (meeting.startTime.isValid())
        when += u", "_s + meeting.startTime.toString(u"HH.mm"_s)
            + (meeting.endTime.isValid() ? u"–"_s + meeting.endTime.toString(u"HH.mm"_s) : QString());
    blocks << field(tr("Group"), content.group.name + (content.group.organisation.isEmpty()
                                                           ? QString()
                                                           : u", "_s + content.group.organisation));
    blocks << field(tr("Date and time"), when);
    if (!meeting.place.isEmpty())
        blocks << field(tr("Place"), meeting.place);
    blocks << field(tr("Modules"), content.moduleTitles.isEmpty() ? tr("none") : content.moduleTitles.join(u"; "_s));

    // The items of the minutes are numbered, as a filed protokoll's paragraphs (§ 1, § 2, …).
    int paragraphs = 0;
    const auto numbered = [&](const QString &text) { blocks << heading(sectionTitle(++paragraphs, text)); };
    if (m_sections & ExportSection::Attendance) {
        numbered(tr("Attendance"));
        blocks << field(tr("Present"), content.present.isEmpty() ? tr("none recorded") : content.present.join(u", "_s));
        blocks << field(tr("Absent"), content.absent.isEmpty() ? tr("none") : content.absent.join(u", "_s));
        if (!content.guests.isEmpty()) {
            QStringList guests;
            for (const Guest &guest : content.guests)
                guests.append(guest.role.isEmpty() ? guest.name : u"%1 (%2)"_s.arg(guest.name, guest.role));
            blocks << field(tr("Guests"), guests.join(u", "_s));
        }
    }
    if ((m_sections & ExportSection::NextSteps) && !content.followUp.isEmpty()) {
        numbered(tr("Follow-up of earlier next steps"));
        QList<QStringList> rows;
        for (const MinutesContent::FollowUp &item : content.followUp)
            rows.append({tr("%1 (from %2)").arg(item.what, shortDate(item.from)), orDash(item.owner),
                         shortDate(item.due), item.outcome});
        blocks << table({tr("What"), tr("Responsible"), tr("Done by"), tr("Outcome")}, rows, {42, 19, 15, 24});
    }
    if ((m_sections & ExportSection::Measures) && !content.measures.isEmpty()) {
        numbered(tr("Our measures"));
        for (const MinutesContent::MeasureReview &review : content.measures) {
            blocks << measureBlocks(review.series, false);
            if (!review.notes.isEmpty())
                blocks << field(tr("What we said"), review.notes);
        }
    }
    if ((m_sections & ExportSection::Questions) && !content.questions.isEmpty()) {
        numbered(tr("Discussion questions"));
        for (const MinutesContent::Question &question : content.questions) {
            blocks << paragraph(question.text, true);
            OutlineBlock columns = table({tr("This is how it looks today"), tr("This is how we would like it to be"),
                                          tr("This will be my next step")},
                                         {{question.note.today, question.note.desired, question.note.nextStep}});
            columns.kind = OutlineBlock::Kind::Columns;
            blocks << columns;
            if (!question.note.notes.isEmpty())
                blocks << field(tr("Notes"), question.note.notes);
        }
    }
    const auto list = [&](ExportSection section, const QString &text, const QList<RecordItem> &items) {
        if (!(m_sections & section) || items.isEmpty())
            return;
        numbered(text);
        for (const RecordItem &item : items) {
            blocks << bullet(item.text);
            if (!item.reason.isEmpty())
                blocks << field(tr("Reason"), item.reason);
        }
    };
    list(ExportSection::Decisions, tr("Decisions"), content.decisions);
    list(ExportSection::Choices, tr("Choices and priorities"), content.choices);
    list(ExportSection::SoftResults, tr("Soft results"), content.softResults);
    if ((m_sections & ExportSection::NextSteps) && !content.nextSteps.isEmpty()) {
        numbered(tr("Next steps"));
        QList<QStringList> rows;
        for (const MinutesContent::Step &step : content.nextSteps)
            rows.append({step.step.what, orDash(step.owner), shortDate(step.step.due), RecordNames::name(step.step.status)});
        blocks << table({tr("What"), tr("Responsible"), tr("Done by"), tr("Status")}, rows, {52, 20, 14, 14});
    }
    if ((m_sections & ExportSection::FreeNotes) && !meeting.freeNotes.trimmed().isEmpty()) {
        numbered(tr("Free notes"));
        blocks << paragraph(meeting.freeNotes);
    }
    numbered(tr("Next meeting"));
    blocks << paragraph(nextMeetingText(content));
    if ((m_sections & ExportSection::FacilitatorNotes) && !content.facilitatorNotes.isEmpty()) {
        numbered(tr("Notes for the process leader"));
        for (const QString &note : content.facilitatorNotes)
            blocks << paragraph(note);
    }
    if (filed) {
        blocks << heading(tr("Adjustment"));
        blocks << paragraph(tr("Adjusted by (name): ______________________________"));
        blocks << paragraph(tr("Signature: ______________________________  Date: ____________"));
        blocks << field(tr("Distribution"), content.distribution.isEmpty() ? tr("none") : content.distribution.join(u", "_s));
    }
    return blocks;
}

QList<OutlineBlock> RecordOutline::measureBlocks(const MeasureSeries &series, bool withDefinition)
{
    QList<OutlineBlock> blocks;
    const Measure &measure = series.measure();
    QStringList about{MeasureSeries::kindName(measure.kind), MeasureSeries::chartName(series.chart())};
    if (measure.archived)
        about.append(tr("archived"));
    blocks << chart(series, about.join(u" · "_s)); // the name, the kind and the chart on one page
    if (withDefinition && !measure.definition.trimmed().isEmpty())
        blocks << field(tr("Definition"), measure.definition.trimmed());
    for (const QString &sentence : series.signalSentences(series.analysis()))
        blocks << paragraph(sentence, true);
    return blocks;
}

Outline RecordOutline::minutes(const MinutesContent &content) const
{
    Outline outline;
    outline.title = tr("Minutes %1, %2").arg(longDate(content.meeting.date), content.group.name);
    outline.header = u"%1 · %2"_s.arg(content.group.name, longDate(content.meeting.date));
    OutlinePart part;
    part.title = tr("Minutes of the leadership group's meeting");
    part.blocks = minutesBlocks(content, true);
    outline.parts.append(part);
    return outline;
}

Outline RecordOutline::report(const ReportContent &content) const
{
    Outline outline;
    outline.title = tr("Course report, %1").arg(content.group.name);
    outline.header = tr("%1 · course report").arg(content.group.name);
    outline.contents = true;

    OutlinePart cover;
    cover.titlePage = true;
    cover.blocks << title(tr("Course report"), 1) << title(content.group.name, 2);
    if (!content.group.organisation.isEmpty())
        cover.blocks << title(content.group.organisation, 3);
    cover.blocks << title(tr("Leading improvement work – a course for leadership groups"), 3);
    const QDate first = content.meetings.isEmpty() ? content.today : content.meetings.first().meeting.date;
    const QDate last = content.meetings.isEmpty() ? content.today : content.meetings.last().meeting.date;
    cover.blocks << title(tr("%n meeting(s), %1 – %2", nullptr, int(content.meetings.size()))
                              .arg(longDate(first), longDate(last)),
                          4);
    cover.blocks << title(tr("Made with Leda on %1").arg(longDate(content.today)), 4);
    outline.parts.append(cover);

    OutlinePart plan;
    plan.title = tr("Series plan and modules covered");
    plan.listed = true;
    QList<QStringList> planRows;
    for (const MinutesContent &minutes : content.meetings)
        planRows.append({longDate(minutes.meeting.date), minutes.moduleTitles.join(u"; "_s), minutes.meeting.place});
    plan.blocks << table({tr("Date"), tr("Modules"), tr("Place")}, planRows);
    plan.blocks << field(tr("Modules covered"),
                         content.modulesCovered.isEmpty() ? tr("none") : content.modulesCovered.join(u"; "_s));
    plan.blocks << field(tr("Modules not yet covered"),
                         content.modulesNotCovered.isEmpty() ? tr("none") : content.modulesNotCovered.join(u"; "_s));
    if (!content.modulesSkipped.isEmpty())
        plan.blocks << field(tr("Modules skipped"), content.modulesSkipped.join(u"; "_s));
    outline.parts.append(plan);

    for (const MinutesContent &minutes : content.meetings) {
        OutlinePart meeting;
        meeting.title = tr("Meeting %1").arg(longDate(minutes.meeting.date));
        meeting.listed = true;
        meeting.blocks = minutesBlocks(minutes, false);
        outline.parts.append(meeting);
    }

    if ((m_sections & ExportSection::Measures) && !(content.measures.isEmpty() && content.processMeasures.isEmpty())) {
        OutlinePart measures;
        measures.title = tr("Measures over the series");
        measures.listed = true;
        for (const MeasureSeries &series : content.measures)
            measures.blocks << measureBlocks(series, true);
        if (!content.processMeasures.isEmpty()) {
            measures.blocks << heading(tr("The improvement work itself: process measures from the record"));
            measures.blocks << paragraph(tr("Computed by Leda from the meetings, the attendance and the next steps, "
                                            "month by month."));
            for (const MeasureSeries &series : content.processMeasures)
                measures.blocks << measureBlocks(series, true);
        }
        outline.parts.append(measures);
    }

    if (m_sections & ExportSection::Summary) {
        OutlinePart summary;
        summary.title = tr("Summary");
        summary.listed = true;
        QList<OutlineBlock> &blocks = summary.blocks;
        blocks << field(tr("Meetings held"), QString::number(content.meetings.size()));
        if (content.meetingsPlanned > 0)
            blocks << field(tr("Meetings planned, not yet held"), QString::number(content.meetingsPlanned));
        blocks << field(tr("Modules covered"), tr("%1 of %2")
                                                   .arg(content.modulesCovered.size())
                                                   .arg(content.modulesCovered.size() + content.modulesNotCovered.size()));
        blocks << heading(tr("Attendance per member"));
        QList<QStringList> attendance;
        for (const ReportContent::Attendance &member : content.attendance)
            attendance.append({member.member, tr("%1 of %2").arg(member.present).arg(content.meetings.size())});
        blocks << table({tr("Member"), tr("Meetings attended")}, attendance);
        blocks << heading(tr("Next steps"));
        blocks << field(tr("Next steps set"), QString::number(content.stepsTotal));
        blocks << field(tr("Done"), tr("%1, of which %2 on time").arg(content.stepsDone).arg(content.stepsDoneOnTime));
        blocks << field(tr("Open"), tr("%1, of which %2 overdue").arg(content.stepsOpen).arg(content.stepsOverdue));
        blocks << field(tr("Dropped"), QString::number(content.stepsDropped));
        if (!content.stepHistory.isEmpty()) {
            blocks << heading(tr("Each next step and what became of it"));
            QList<QStringList> rows;
            for (const ReportContent::StepHistory &step : content.stepHistory)
                rows.append({step.what, orDash(step.owner), step.events.join(u"\n"_s)});
            blocks << table({tr("What"), tr("Responsible"), tr("History")}, rows, {45, 18, 37});
        }
        outline.parts.append(summary);
    }
    return outline;
}

} // namespace Leda
