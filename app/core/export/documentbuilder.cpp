#include "core/export/documentbuilder.h"

#include <QFont>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QTextCharFormat textFormat(qreal pointSize = 10.5, bool bold = false)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void heading(QTextCursor &cursor, const QString &text, int level, bool pageBreak = false)
{
    QTextBlockFormat block;
    block.setTopMargin(level == 1 ? 0 : 14);
    block.setBottomMargin(6);
    block.setHeadingLevel(level);
    if (pageBreak)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(block, textFormat(level == 1 ? 20 : level == 2 ? 15 : 12.5, true));
    cursor.insertText(text);
}

void paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format = textFormat())
{
    QTextBlockFormat block;
    block.setBottomMargin(4);
    cursor.insertBlock(block, format);
    cursor.insertText(text); // plain text: "<b>" and "# x" stay as typed
}

void labelled(QTextCursor &cursor, const QString &label, const QString &text)
{
    QTextBlockFormat block;
    block.setBottomMargin(3);
    cursor.insertBlock(block, textFormat());
    cursor.insertText(label + u": "_s, textFormat(10.5, true));
    cursor.insertText(text, textFormat());
}

// widths: percentages per column; empty gives equal columns.
QTextTable *table(QTextCursor &cursor, int rows, int columns, const QStringList &headers,
                  const QList<int> &widths = {})
{
    QTextTableFormat format;
    QList<QTextLength> constraints;
    for (int width : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(constraints);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headers.isEmpty() ? 0 : 1);
    QTextTable *result = cursor.insertTable(rows + (headers.isEmpty() ? 0 : 1), columns, format);
    for (int c = 0; c < headers.size(); ++c)
        result->cellAt(0, c).firstCursorPosition().insertText(headers.at(c), textFormat(10, true));
    return result;
}

void cell(QTextTable *table, int row, int column, const QString &text)
{
    table->cellAt(row, column).firstCursorPosition().insertText(text, textFormat(10));
}

} // namespace

DocumentBuilder::DocumentBuilder(ExportSections sections)
    : m_sections(sections)
{
}

QString DocumentBuilder::longDate(const QDate &date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

std::unique_ptr<QTextDocument> DocumentBuilder::newDocument()
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s, 10);
    // Without this "fi" becomes one ligature glyph and the PDF's text reads "Provﬁlm".
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    return document;
}

void DocumentBuilder::writeMinutes(QTextCursor &cursor, const MinutesContent &content, int level) const
{
    const Meeting &meeting = content.meeting;
    QString when = longDate(meeting.date);
    if (meeting.startTime.isValid())
        when += u", "_s + meeting.startTime.toString(u"HH.mm"_s)
            + (meeting.endTime.isValid() ? u"–"_s + meeting.endTime.toString(u"HH.mm"_s) : QString());
    labelled(cursor, tr("Group"), content.group.name + (content.group.organisation.isEmpty()
                                                            ? QString()
                                                            : u", "_s + content.group.organisation));
    labelled(cursor, tr("Date and time"), when);
    if (!meeting.place.isEmpty())
        labelled(cursor, tr("Place"), meeting.place);
    labelled(cursor, tr("Modules"), content.moduleTitles.isEmpty() ? tr("none") : content.moduleTitles.join(u"; "_s));

    // The items of the minutes are numbered, as a filed protokoll's paragraphs (§ 1, § 2, …).
    int paragraphs = 0;
    const auto numbered = [&](const QString &title) { heading(cursor, sectionTitle(++paragraphs, title), level + 1); };
    if (m_sections & ExportSection::Attendance) {
        numbered(tr("Attendance"));
        labelled(cursor, tr("Present"), content.present.isEmpty() ? tr("none recorded") : content.present.join(u", "_s));
        labelled(cursor, tr("Absent"), content.absent.isEmpty() ? tr("none") : content.absent.join(u", "_s));
        if (!content.guests.isEmpty()) {
            QStringList guests;
            for (const Guest &guest : content.guests)
                guests.append(guest.role.isEmpty() ? guest.name : u"%1 (%2)"_s.arg(guest.name, guest.role));
            labelled(cursor, tr("Guests"), guests.join(u", "_s));
        }
    }
    if ((m_sections & ExportSection::NextSteps) && !content.followUp.isEmpty()) {
        numbered(tr("Follow-up of earlier next steps"));
        QTextTable *followUp = table(cursor, int(content.followUp.size()), 4,
                                     {tr("What"), tr("Responsible"), tr("Done by"), tr("Outcome")}, {46, 18, 13, 23});
        for (int i = 0; i < content.followUp.size(); ++i) {
            const MinutesContent::FollowUp &item = content.followUp.at(i);
            cell(followUp, i + 1, 0, tr("%1 (from %2)").arg(item.what, QLocale().toString(item.from, QLocale::ShortFormat)));
            cell(followUp, i + 1, 1, item.owner.isEmpty() ? u"–"_s : item.owner);
            cell(followUp, i + 1, 2, item.due.isValid() ? QLocale().toString(item.due, QLocale::ShortFormat) : u"–"_s);
            cell(followUp, i + 1, 3, item.outcome);
        }
        cursor.movePosition(QTextCursor::End);
    }
    if ((m_sections & ExportSection::Questions) && !content.questions.isEmpty()) {
        numbered(tr("Discussion questions"));
        for (const MinutesContent::Question &question : content.questions) {
            paragraph(cursor, question.text, textFormat(10.5, true));
            QTextTable *grid = table(cursor, 1, 3,
                                     {tr("This is how it looks today"), tr("This is how we would like it to be"),
                                      tr("This will be my next step")});
            cell(grid, 1, 0, question.note.today);
            cell(grid, 1, 1, question.note.desired);
            cell(grid, 1, 2, question.note.nextStep);
            cursor.movePosition(QTextCursor::End);
            if (!question.note.notes.isEmpty())
                labelled(cursor, tr("Notes"), question.note.notes);
        }
    }
    auto list = [&](ExportSection section, const QString &title, const QList<RecordItem> &items, bool reasons) {
        if (!(m_sections & section) || items.isEmpty())
            return;
        numbered(title);
        for (const RecordItem &item : items) {
            paragraph(cursor, u"• "_s + item.text);
            if (reasons && !item.reason.isEmpty())
                labelled(cursor, tr("Reason"), item.reason);
        }
    };
    list(ExportSection::Decisions, tr("Decisions"), content.decisions, false);
    list(ExportSection::Choices, tr("Choices and priorities"), content.choices, true);
    list(ExportSection::SoftResults, tr("Soft results"), content.softResults, false);
    if ((m_sections & ExportSection::NextSteps) && !content.nextSteps.isEmpty()) {
        numbered(tr("Next steps"));
        QTextTable *steps = table(cursor, int(content.nextSteps.size()), 4,
                                  {tr("What"), tr("Responsible"), tr("Done by"), tr("Status")}, {52, 20, 14, 14});
        for (int i = 0; i < content.nextSteps.size(); ++i) {
            const MinutesContent::Step &step = content.nextSteps.at(i);
            cell(steps, i + 1, 0, step.step.what);
            cell(steps, i + 1, 1, step.owner.isEmpty() ? u"–"_s : step.owner);
            cell(steps, i + 1, 2, step.step.due.isValid() ? QLocale().toString(step.step.due, QLocale::ShortFormat) : u"–"_s);
            cell(steps, i + 1, 3, RecordNames::name(step.step.status));
        }
        cursor.movePosition(QTextCursor::End);
    }
    if ((m_sections & ExportSection::FreeNotes) && !meeting.freeNotes.trimmed().isEmpty()) {
        numbered(tr("Free notes"));
        paragraph(cursor, meeting.freeNotes);
    }
    numbered(tr("Next meeting"));
    paragraph(cursor, nextMeetingText(content));
    if ((m_sections & ExportSection::FacilitatorNotes) && !content.facilitatorNotes.isEmpty()) {
        numbered(tr("Notes for the process leader"));
        for (const QString &note : content.facilitatorNotes)
            paragraph(cursor, note);
    }
    if (level == 1) { // a meeting's own minutes, as filed: adjusted and sent out
        heading(cursor, tr("Adjustment"), level + 1);
        paragraph(cursor, tr("Adjusted by (name): ______________________________"));
        paragraph(cursor, tr("Signature: ______________________________  Date: ____________"));
        labelled(cursor, tr("Distribution"), content.distribution.isEmpty() ? tr("none") : content.distribution.join(u", "_s));
    }
}

QString DocumentBuilder::sectionTitle(int number, const QString &title)
{
    return tr("§ %1 %2").arg(number).arg(title);
}

QString DocumentBuilder::nextMeetingText(const MinutesContent &content)
{
    if (!content.nextMeetingDate.isValid())
        return tr("Not planned yet.");
    return content.nextMeetingModule.isEmpty()
        ? longDate(content.nextMeetingDate)
        : tr("%1, %2").arg(longDate(content.nextMeetingDate), content.nextMeetingModule);
}

std::unique_ptr<QTextDocument> DocumentBuilder::minutes(const MinutesContent &content) const
{
    auto document = newDocument();
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 tr("Minutes %1, %2").arg(longDate(content.meeting.date), content.group.name));
    QTextCursor cursor(document.get());
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setCharFormat(textFormat(20, true));
    cursor.insertText(tr("Minutes of the leadership group's meeting"));
    writeMinutes(cursor, content, 1);
    return document;
}

std::unique_ptr<QTextDocument> DocumentBuilder::report(const ReportContent &content) const
{
    // One flowing document (for ODT): the parts joined with page breaks.
    auto document = newDocument();
    document->setMetaInformation(QTextDocument::DocumentTitle, tr("Course report, %1").arg(content.group.name));
    QTextCursor cursor(document.get());
    const auto parts = reportParts(content, {}, Layout::Flowing);
    bool first = true;
    for (const auto &part : parts) {
        if (!first) {
            QTextBlockFormat pageBreak;
            pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(pageBreak);
        }
        first = false;
        cursor.insertFragment(QTextDocumentFragment(part.get()));
    }
    return document;
}

std::vector<std::unique_ptr<QTextDocument>> DocumentBuilder::reportParts(const ReportContent &content,
                                                                          const QList<int> &tocPages, Layout layout) const
{
    std::vector<std::unique_ptr<QTextDocument>> parts;
    auto newPart = [&parts] {
        parts.push_back(newDocument());
        return QTextCursor(parts.back().get());
    };

    // Title page
    QTextCursor cursor = newPart();
    parts.back()->setMetaInformation(QTextDocument::DocumentTitle, tr("Course report, %1").arg(content.group.name));
    QTextBlockFormat titleBlock;
    // A third of the way down the page. The ODF writer reads margins at 96 dpi, the PDF at
    // the writer's 300: the same margin in a flowing document pushed the title page onto two.
    titleBlock.setTopMargin(layout == Layout::Paged ? 700 : 220);
    titleBlock.setAlignment(Qt::AlignHCenter);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(tr("Course report"), textFormat(28, true));
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(40);
    cursor.insertBlock(centred, textFormat(18, true));
    cursor.insertText(content.group.name);
    if (!content.group.organisation.isEmpty()) {
        cursor.insertBlock(centred, textFormat(13));
        cursor.insertText(content.group.organisation);
    }
    cursor.insertBlock(centred, textFormat(13));
    cursor.insertText(tr("Leading improvement work – a course for leadership groups"));
    cursor.insertBlock(centred, textFormat(11));
    const QDate first = content.meetings.isEmpty() ? content.today : content.meetings.first().meeting.date;
    const QDate last = content.meetings.isEmpty() ? content.today : content.meetings.last().meeting.date;
    cursor.insertText(tr("%n meeting(s), %1 – %2", nullptr, int(content.meetings.size()))
                          .arg(longDate(first), longDate(last)));
    cursor.insertBlock(centred, textFormat(11));
    cursor.insertText(tr("Made with Leda on %1").arg(longDate(content.today)));

    // Table of contents
    QStringList tocTitles{tr("Series plan and modules covered")};
    for (const MinutesContent &minutes : content.meetings)
        tocTitles.append(tr("Meeting %1").arg(longDate(minutes.meeting.date)));
    if (m_sections & ExportSection::Summary)
        tocTitles.append(tr("Summary"));
    cursor = newPart();
    cursor.setCharFormat(textFormat(20, true));
    cursor.insertText(tr("Contents"));
    QTextTableFormat tocFormat;
    tocFormat.setBorder(0);
    tocFormat.setCellPadding(3);
    tocFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tocFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                         QTextLength(QTextLength::PercentageLength, 12)});
    QTextTable *toc = cursor.insertTable(int(tocTitles.size()), 2, tocFormat);
    for (int i = 0; i < tocTitles.size(); ++i) {
        toc->cellAt(i, 0).firstCursorPosition().insertText(tocTitles.at(i), textFormat(11));
        if (layout == Layout::Flowing)
            continue; // no page numbers Leda could know
        QTextCursor page = toc->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        page.setBlockFormat(right);
        // A placeholder as wide as a page number, so the contents keep their length.
        page.insertText(i < tocPages.size() ? QString::number(tocPages.at(i)) : u"000"_s, textFormat(11));
    }

    // Series plan
    cursor = newPart();
    cursor.setCharFormat(textFormat(20, true));
    cursor.insertText(tr("Series plan and modules covered"));
    QTextTable *plan = table(cursor, int(content.meetings.size()), 3, {tr("Date"), tr("Modules"), tr("Place")});
    for (int i = 0; i < content.meetings.size(); ++i) {
        const MinutesContent &minutes = content.meetings.at(i);
        cell(plan, i + 1, 0, longDate(minutes.meeting.date));
        cell(plan, i + 1, 1, minutes.moduleTitles.join(u"; "_s));
        cell(plan, i + 1, 2, minutes.meeting.place);
    }
    cursor.movePosition(QTextCursor::End);
    labelled(cursor, tr("Modules covered"),
             content.modulesCovered.isEmpty() ? tr("none") : content.modulesCovered.join(u"; "_s));
    labelled(cursor, tr("Modules not yet covered"),
             content.modulesNotCovered.isEmpty() ? tr("none") : content.modulesNotCovered.join(u"; "_s));
    if (!content.modulesSkipped.isEmpty())
        labelled(cursor, tr("Modules skipped"), content.modulesSkipped.join(u"; "_s));

    for (const MinutesContent &minutes : content.meetings) {
        cursor = newPart();
        cursor.setCharFormat(textFormat(20, true));
        cursor.insertText(tr("Meeting %1").arg(longDate(minutes.meeting.date)));
        writeMinutes(cursor, minutes, 1);
    }

    if (m_sections & ExportSection::Summary) {
        cursor = newPart();
        cursor.setCharFormat(textFormat(20, true));
        cursor.insertText(tr("Summary"));
        labelled(cursor, tr("Meetings held"), QString::number(content.meetings.size()));
        if (content.meetingsPlanned > 0)
            labelled(cursor, tr("Meetings planned, not yet held"), QString::number(content.meetingsPlanned));
        labelled(cursor, tr("Modules covered"),
                 tr("%1 of %2").arg(content.modulesCovered.size()).arg(content.modulesCovered.size()
                                                                        + content.modulesNotCovered.size()));
        heading(cursor, tr("Attendance per member"), 2);
        QTextTable *attendance = table(cursor, int(content.attendance.size()), 2, {tr("Member"), tr("Meetings attended")});
        for (int i = 0; i < content.attendance.size(); ++i) {
            cell(attendance, i + 1, 0, content.attendance.at(i).member);
            cell(attendance, i + 1, 1, tr("%1 of %2").arg(content.attendance.at(i).present).arg(content.meetings.size()));
        }
        cursor.movePosition(QTextCursor::End);
        heading(cursor, tr("Next steps"), 2);
        labelled(cursor, tr("Next steps set"), QString::number(content.stepsTotal));
        labelled(cursor, tr("Done"), tr("%1, of which %2 on time").arg(content.stepsDone).arg(content.stepsDoneOnTime));
        labelled(cursor, tr("Open"), tr("%1, of which %2 overdue").arg(content.stepsOpen).arg(content.stepsOverdue));
        labelled(cursor, tr("Dropped"), QString::number(content.stepsDropped));
        if (!content.stepHistory.isEmpty()) {
            heading(cursor, tr("Each next step and what became of it"), 2);
            QTextTable *history = table(cursor, int(content.stepHistory.size()), 3,
                                        {tr("What"), tr("Responsible"), tr("History")}, {45, 18, 37});
            for (int i = 0; i < content.stepHistory.size(); ++i) {
                const ReportContent::StepHistory &step = content.stepHistory.at(i);
                cell(history, i + 1, 0, step.what);
                cell(history, i + 1, 1, step.owner.isEmpty() ? u"–"_s : step.owner);
                cell(history, i + 1, 2, step.events.join(u"\n"_s));
            }
            cursor.movePosition(QTextCursor::End);
        }
    }
    return parts;
}

} // namespace Leda
