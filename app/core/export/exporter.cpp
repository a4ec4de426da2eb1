#include "core/export/exporter.h"

#include "core/export/documentbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void configure(QPdfWriter &writer, const QString &title, bool pdfA)
{
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"Leda"_s);
    if (pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
}

struct PageGeometry
{
    qreal header = 0;
    qreal footer = 0;
    QSizeF body;
};

PageGeometry geometry(const QPdfWriter &writer)
{
    const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal millimetre = writer.resolution() / 25.4;
    PageGeometry page;
    page.header = 10 * millimetre;
    page.footer = 10 * millimetre;
    page.body = QSizeF(paintRect.width(), paintRect.height() - page.header - page.footer);
    return page;
}

// Lays each part out for the PDF's pages (at its resolution, or text comes out about three
// times too small) and returns how many pages each takes.
QList<int> layOut(const std::vector<QTextDocument *> &parts, QPdfWriter &writer)
{
    const PageGeometry page = geometry(writer);
    QList<int> pages;
    for (QTextDocument *part : parts) {
        part->documentLayout()->setPaintDevice(&writer);
        part->setPageSize(page.body);
        pages.append(part->pageCount());
    }
    return pages;
}

} // namespace

Exporter::Exporter(ExportSections sections)
    : m_sections(sections)
{
}

std::optional<Exporter::Format> Exporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"pdf"_s)
        return Format::Pdf;
    if (lower == u"pdfa"_s || lower == u"pdf/a"_s)
        return Format::PdfA;
    if (lower == u"odt"_s)
        return Format::Odt;
    if (lower == u"md"_s || lower == u"markdown"_s)
        return Format::Markdown;
    return std::nullopt;
}

QString Exporter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
    case Format::PdfA:
        return u"pdf"_s;
    case Format::Odt:
        return u"odt"_s;
    case Format::Markdown:
        return u"md"_s;
    }
    return {};
}

Exporter::Result Exporter::writeMinutes(const MinutesContent &content, Format format, const QString &path,
                                        QString *error, const Progress &progress) const
{
    auto document = DocumentBuilder(m_sections).minutes(content);
    const QString header = u"%1 · %2"_s.arg(content.group.name, DocumentBuilder::longDate(content.meeting.date));
    return write(*document, format == Format::Markdown ? minutesMarkdown(content) : QString(), format, header, path,
                 error, progress);
}

Exporter::Result Exporter::writeReport(const ReportContent &content, Format format, const QString &path,
                                       QString *error, const Progress &progress) const
{
    const QString header = tr("%1 · course report").arg(content.group.name);
    if (format == Format::Pdf || format == Format::PdfA) {
        // Each part starts on a new page, so the contents' page numbers are sums of page counts:
        // lay the parts out once with placeholders, then build them again with the numbers.
        const DocumentBuilder builder(m_sections);
        auto draft = builder.reportParts(content);
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter measure(&scratch);
        configure(measure, {}, false);
        std::vector<QTextDocument *> draftParts;
        for (const auto &part : draft)
            draftParts.push_back(part.get());
        const QList<int> pages = layOut(draftParts, measure);
        QList<int> tocPages;
        int next = 1;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i >= 2) // the parts listed in the contents: after the title page and the contents
                tocPages.append(next);
            next += pages.at(i);
        }
        auto parts = builder.reportParts(content, tocPages);
        std::vector<QTextDocument *> finalParts;
        for (const auto &part : parts)
            finalParts.push_back(part.get());
        return writePdf(finalParts, format == Format::PdfA, header, path, error, progress);
    }
    auto document = DocumentBuilder(m_sections).report(content);
    return write(*document, format == Format::Markdown ? reportMarkdown(content) : QString(), format, header, path,
                 error, progress);
}

Exporter::Result Exporter::write(QTextDocument &document, const QString &markdown, Format format,
                                 const QString &header, const QString &path, QString *error,
                                 const Progress &progress) const
{
    if (format == Format::Pdf || format == Format::PdfA)
        return writePdf({&document}, format == Format::PdfA, header, path, error, progress);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Leda cannot write %1: %2. Choose another folder or file name.").arg(native(path), file.errorString());
        return Result::Failed;
    }
    if (progress && !progress(0, 1)) {
        file.cancelWriting();
        return Result::Cancelled;
    }
    bool written = false;
    if (format == Format::Odt) {
        // The ODF writer closes its device when done, which QSaveFile forbids: write to memory first.
        QBuffer buffer;
        QTextDocumentWriter writer(&buffer, "odf");
        written = writer.write(&document) && file.write(buffer.data()) == buffer.data().size();
    } else {
        const QByteArray bytes = markdown.toUtf8();
        written = file.write(bytes) == bytes.size();
    }
    if (!written || !file.commit()) {
        *error = tr("Leda could not write %1: %2. Nothing was saved; check the free space and try again.")
                     .arg(native(path), file.errorString());
        return Result::Failed;
    }
    if (progress)
        progress(1, 1);
    return Result::Written;
}

Exporter::Result Exporter::writePdf(const std::vector<QTextDocument *> &parts, bool pdfA, const QString &header,
                                    const QString &path, QString *error, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Leda cannot write %1: %2. Choose another folder or file name.").arg(native(path), file.errorString());
        return Result::Failed;
    }
    QPdfWriter writer(&file);
    configure(writer, parts.front()->metaInformation(QTextDocument::DocumentTitle), pdfA);
    const QList<int> partPages = layOut(parts, writer);
    const PageGeometry page = geometry(writer);
    const int pages = std::accumulate(partPages.cbegin(), partPages.cend(), 0);

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Leda could not start writing %1.").arg(native(path));
        file.cancelWriting();
        return Result::Failed;
    }
    QFont small(u"DejaVu Sans"_s, 8);
    small.setStyleStrategy(QFont::PreferNoShaping);
    int pageNumber = 0;
    for (size_t part = 0; part < parts.size(); ++part) {
        QTextDocument *document = parts.at(part);
        for (int inPart = 0; inPart < partPages.at(qsizetype(part)); ++inPart, ++pageNumber) {
            if (progress && !progress(pageNumber, pages)) {
                painter.end();
                file.cancelWriting();
                return Result::Cancelled;
            }
            if (pageNumber > 0)
                writer.newPage();
            painter.setFont(small);
            painter.setPen(QColor(90, 90, 90));
            painter.drawText(QRectF(0, 0, page.body.width(), page.header * 0.7), Qt::AlignLeft | Qt::AlignVCenter,
                             header);
            painter.drawLine(QPointF(0, page.header * 0.75), QPointF(page.body.width(), page.header * 0.75));
            painter.drawText(QRectF(0, page.header + page.body.height() + page.footer * 0.3, page.body.width(),
                                    page.footer * 0.7),
                             Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(pageNumber + 1).arg(pages));
            painter.save();
            painter.translate(0, page.header - inPart * page.body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, inPart * page.body.height(), page.body.width(), page.body.height());
            painter.setClipRect(context.clip);
            document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    if (progress && !progress(pages, pages)) {
        painter.end();
        file.cancelWriting();
        return Result::Cancelled;
    }
    painter.end();
    if (!file.commit()) {
        *error = tr("Leda could not write %1: %2. Nothing was saved; check the free space and try again.")
                     .arg(native(path), file.errorString());
        return Result::Failed;
    }
    return Result::Written;
}

QString Exporter::escapeMarkdown(const QString &text)
{
    // Everything Markdown could read as markup is escaped, so what was typed is what is shown.
    static const QString special = u"\\`*_{}[]()<>#+-.!|~&"_s;
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    out.replace(u'\n', u"  \n"_s); // a typed line break stays a line break
    return out;
}

QString Exporter::minutesMarkdown(const MinutesContent &content, int level) const
{
    const QString h1 = QString(level, u'#') + u' ';
    const QString h2 = QString(level + 1, u'#') + u' ';
    QStringList lines;
    if (level == 1)
        lines << h1 + escapeMarkdown(tr("Minutes of the leadership group's meeting")) << QString();
    const Meeting &meeting = content.meeting;
    lines << u"**%1:** %2  "_s.arg(tr("Group"), escapeMarkdown(content.group.name));
    QString when = DocumentBuilder::longDate(meeting.date);
    if (meeting.startTime.isValid())
        when += u", "_s + meeting.startTime.toString(u"HH.mm"_s)
            + (meeting.endTime.isValid() ? u"–"_s + meeting.endTime.toString(u"HH.mm"_s) : QString());
    lines << u"**%1:** %2  "_s.arg(tr("Date and time"), escapeMarkdown(when));
    if (!meeting.place.isEmpty())
        lines << u"**%1:** %2  "_s.arg(tr("Place"), escapeMarkdown(meeting.place));
    lines << u"**%1:** %2"_s.arg(tr("Modules"), escapeMarkdown(content.moduleTitles.join(u"; "_s))) << QString();
    int paragraphs = 0; // numbered as the PDF's: § 1, § 2, …
    const auto numbered = [&](const QString &title) {
        lines << h2 + escapeMarkdown(DocumentBuilder::sectionTitle(++paragraphs, title)) << QString();
    };
    if (m_sections & ExportSection::Attendance) {
        numbered(tr("Attendance"));
        lines << u"**%1:** %2  "_s.arg(tr("Present"), escapeMarkdown(content.present.join(u", "_s)));
        lines << u"**%1:** %2"_s.arg(tr("Absent"), escapeMarkdown(content.absent.join(u", "_s)));
        QStringList guests;
        for (const Guest &guest : content.guests)
            guests.append(guest.role.isEmpty() ? guest.name : u"%1 (%2)"_s.arg(guest.name, guest.role));
        if (!guests.isEmpty())
            lines << u"  "_s << u"**%1:** %2"_s.arg(tr("Guests"), escapeMarkdown(guests.join(u", "_s)));
        lines << QString();
    }
    if ((m_sections & ExportSection::NextSteps) && !content.followUp.isEmpty()) {
        numbered(tr("Follow-up of earlier next steps"));
        lines << u"| %1 | %2 | %3 | %4 |"_s.arg(tr("What"), tr("Responsible"), tr("Done by"), tr("Outcome"));
        lines << u"|---|---|---|---|"_s;
        for (const MinutesContent::FollowUp &item : content.followUp) {
            lines << u"| %1 | %2 | %3 | %4 |"_s.arg(
                escapeMarkdown(tr("%1 (from %2)").arg(item.what, QLocale().toString(item.from, QLocale::ShortFormat))),
                escapeMarkdown(item.owner), item.due.isValid() ? QLocale().toString(item.due, QLocale::ShortFormat) : u"–"_s,
                escapeMarkdown(item.outcome));
        }
        lines << QString();
    }
    if ((m_sections & ExportSection::Questions) && !content.questions.isEmpty()) {
        numbered(tr("Discussion questions"));
        for (const MinutesContent::Question &question : content.questions) {
            lines << u"**%1**"_s.arg(escapeMarkdown(question.text)) << QString();
            lines << u"- *%1:* %2"_s.arg(tr("This is how it looks today"), escapeMarkdown(question.note.today));
            lines << u"- *%1:* %2"_s.arg(tr("This is how we would like it to be"), escapeMarkdown(question.note.desired));
            lines << u"- *%1:* %2"_s.arg(tr("This will be my next step"), escapeMarkdown(question.note.nextStep));
            if (!question.note.notes.isEmpty())
                lines << u"- *%1:* %2"_s.arg(tr("Notes"), escapeMarkdown(question.note.notes));
            lines << QString();
        }
    }
    auto list = [&](ExportSection section, const QString &title, const QList<RecordItem> &items) {
        if (!(m_sections & section) || items.isEmpty())
            return;
        numbered(title);
        for (const RecordItem &item : items) {
            lines << u"- "_s + escapeMarkdown(item.text)
                    + (item.reason.isEmpty() ? QString() : u" (%1: %2)"_s.arg(tr("Reason"), escapeMarkdown(item.reason)));
        }
        lines << QString();
    };
    list(ExportSection::Decisions, tr("Decisions"), content.decisions);
    list(ExportSection::Choices, tr("Choices and priorities"), content.choices);
    list(ExportSection::SoftResults, tr("Soft results"), content.softResults);
    if ((m_sections & ExportSection::NextSteps) && !content.nextSteps.isEmpty()) {
        numbered(tr("Next steps"));
        lines << u"| %1 | %2 | %3 | %4 |"_s.arg(tr("What"), tr("Responsible"), tr("Done by"), tr("Status"));
        lines << u"|---|---|---|---|"_s;
        for (const MinutesContent::Step &step : content.nextSteps) {
            lines << u"| %1 | %2 | %3 | %4 |"_s.arg(
                escapeMarkdown(step.step.what), escapeMarkdown(step.owner),
                step.step.due.isValid() ? QLocale().toString(step.step.due, QLocale::ShortFormat) : u"–"_s,
                RecordNames::name(step.step.status));
        }
        lines << QString();
    }
    if ((m_sections & ExportSection::FreeNotes) && !meeting.freeNotes.trimmed().isEmpty()) {
        numbered(tr("Free notes"));
        lines << escapeMarkdown(meeting.freeNotes) << QString();
    }
    numbered(tr("Next meeting"));
    lines << escapeMarkdown(DocumentBuilder::nextMeetingText(content)) << QString();
    if ((m_sections & ExportSection::FacilitatorNotes) && !content.facilitatorNotes.isEmpty()) {
        numbered(tr("Notes for the process leader"));
        for (const QString &note : content.facilitatorNotes)
            lines << escapeMarkdown(note) << QString();
    }
    if (level == 1) { // a meeting's own minutes, as filed: adjusted and sent out
        lines << h2 + tr("Adjustment") << QString();
        lines << escapeMarkdown(tr("Adjusted by (name): ______________________________")) + u"  "_s;
        lines << escapeMarkdown(tr("Signature: ______________________________  Date: ____________")) << QString();
        lines << u"**%1:** %2"_s.arg(tr("Distribution"), escapeMarkdown(content.distribution.join(u", "_s)));
    }
    return lines.join(u'\n');
}

QString Exporter::reportMarkdown(const ReportContent &content) const
{
    QStringList parts;
    parts << u"# %1: %2\n"_s.arg(tr("Course report"), escapeMarkdown(content.group.name));
    parts << u"## %1\n"_s.arg(tr("Contents"));
    for (const MinutesContent &minutes : content.meetings)
        parts << u"- %1"_s.arg(tr("Meeting %1").arg(DocumentBuilder::longDate(minutes.meeting.date)));
    parts << QString();
    for (const MinutesContent &minutes : content.meetings) {
        parts << u"## %1\n"_s.arg(tr("Meeting %1").arg(DocumentBuilder::longDate(minutes.meeting.date)));
        parts << minutesMarkdown(minutes, 2);
    }
    if (m_sections & ExportSection::Summary) {
        parts << u"## %1\n"_s.arg(tr("Summary"));
        parts << u"- %1: %2"_s.arg(tr("Meetings held")).arg(content.meetings.size());
        if (content.meetingsPlanned > 0)
            parts << u"- %1: %2"_s.arg(tr("Meetings planned, not yet held")).arg(content.meetingsPlanned);
        parts << u"- %1: %2"_s.arg(tr("Modules covered"), escapeMarkdown(content.modulesCovered.join(u"; "_s)));
        if (!content.modulesSkipped.isEmpty())
            parts << u"- %1: %2"_s.arg(tr("Modules skipped"), escapeMarkdown(content.modulesSkipped.join(u"; "_s)));
        for (const ReportContent::Attendance &attendance : content.attendance)
            parts << u"- %1: %2"_s.arg(escapeMarkdown(attendance.member),
                                        tr("%1 of %2").arg(attendance.present).arg(content.meetings.size()));
        parts << u"- %1: %2"_s.arg(tr("Done"), tr("%1, of which %2 on time").arg(content.stepsDone).arg(content.stepsDoneOnTime));
        parts << u"- %1: %2"_s.arg(tr("Open"), tr("%1, of which %2 overdue").arg(content.stepsOpen).arg(content.stepsOverdue));
        if (!content.stepHistory.isEmpty()) {
            parts << QString() << u"### %1\n"_s.arg(tr("Each next step and what became of it"));
            for (const ReportContent::StepHistory &step : content.stepHistory) {
                parts << u"- **%1** (%2): %3"_s.arg(escapeMarkdown(step.what),
                                                    escapeMarkdown(step.owner.isEmpty() ? u"–"_s : step.owner),
                                                    escapeMarkdown(step.events.join(u"; "_s)));
            }
        }
    }
    return parts.join(u'\n') + u'\n';
}

} // namespace Leda
