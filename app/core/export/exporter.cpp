#include "core/export/exporter.h"

#include "core/export/documentbuilder.h"
#include "core/export/markdownwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>

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
    return write(RecordOutline(m_sections).minutes(content), format, path, error, progress);
}

Exporter::Result Exporter::writeReport(const ReportContent &content, Format format, const QString &path,
                                       QString *error, const Progress &progress) const
{
    return write(RecordOutline(m_sections).report(content), format, path, error, progress);
}

Exporter::Result Exporter::write(const Outline &outline, Format format, const QString &path, QString *error,
                                 const Progress &progress)
{
    switch (format) {
    case Format::Pdf:
    case Format::PdfA:
        return writePdf(outline, format == Format::PdfA, path, error, progress);
    case Format::Odt: {
        // The ODF writer closes its device when done, which QSaveFile forbids: write to memory first.
        const auto document = DocumentBuilder::document(outline);
        QBuffer buffer;
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(document.get())) {
            *error = tr("Leda could not write %1: %2. Nothing was saved; check the free space and try again.")
                         .arg(native(path), writer.device()->errorString());
            return Result::Failed;
        }
        return writeFile(buffer.data(), path, error, progress);
    }
    case Format::Markdown:
        return writeFile(MarkdownWriter::write(outline).toUtf8(), path, error, progress);
    }
    return Result::Failed;
}

Exporter::Result Exporter::writeFile(const QByteArray &bytes, const QString &path, QString *error,
                                     const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Leda cannot write %1: %2. Choose another folder or file name.").arg(native(path), file.errorString());
        return Result::Failed;
    }
    if (progress && !progress(0, 1)) {
        file.cancelWriting();
        return Result::Cancelled;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Leda could not write %1: %2. Nothing was saved; check the free space and try again.")
                     .arg(native(path), file.errorString());
        return Result::Failed;
    }
    if (progress)
        progress(1, 1);
    return Result::Written;
}

Exporter::Result Exporter::writePdf(const Outline &outline, bool pdfA, const QString &path, QString *error,
                                    const Progress &progress)
{
    // Each part starts on a new page, so the contents' page numbers are sums of page counts:
    // lay the parts out once with placeholders, then build them again with the numbers.
    QList<int> tocPages;
    if (outline.contents) {
        const auto draft = DocumentBuilder::parts(outline);
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter measure(&scratch);
        configure(measure, {}, false);
        std::vector<QTextDocument *> draftParts;
        for (const auto &part : draft)
            draftParts.push_back(part.get());
        const QList<int> pages = layOut(draftParts, measure);
        // The documents are the outline's parts with the contents after the first.
        int next = 1 + pages.at(0) + pages.at(1);
        for (qsizetype i = 1; i < outline.parts.size(); ++i) {
            if (outline.parts.at(i).listed)
                tocPages.append(next);
            next += pages.at(i + 1);
        }
    }
    const auto documents = DocumentBuilder::parts(outline, tocPages);
    std::vector<QTextDocument *> parts;
    for (const auto &part : documents)
        parts.push_back(part.get());
    const QString &header = outline.header;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Leda cannot write %1: %2. Choose another folder or file name.").arg(native(path), file.errorString());
        return Result::Failed;
    }
    QPdfWriter writer(&file);
    configure(writer, outline.title, pdfA);
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
            // The layout draws every line that touches the clip, also one that ends exactly where
            // the page starts or starts where it ends: hidden by the painter's clip, such a line
            // would still be in the text layer of two pages. Half a pixel less at each edge.
            context.clip = QRectF(0, inPart * page.body.height() + 0.5, page.body.width(), page.body.height() - 1);
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

} // namespace Leda
