#include "core/export/documentbuilder.h"

#include "core/export/chartobject.h"
#include "core/measures/chartscene.h"

#include <QFont>
#include <QVariantHash>
#include <QImage>
#include <QPainter>
#include <QUrl>

#include <atomic>
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

void partTitle(QTextCursor &cursor, const QString &text)
{
    QTextBlockFormat block;
    block.setHeadingLevel(1);
    block.setBottomMargin(6);
    cursor.setBlockFormat(block); // the document's first block: no empty line above the title
    cursor.setCharFormat(textFormat(20, true));
    cursor.insertText(text);
}

void heading(QTextCursor &cursor, const QString &text, int level)
{
    QTextBlockFormat block;
    block.setTopMargin(14);
    block.setBottomMargin(6);
    block.setHeadingLevel(level);
    cursor.insertBlock(block, textFormat(level <= 2 ? 15 : 12.5, true));
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

void table(QTextCursor &cursor, const OutlineBlock &content)
{
    QTextTableFormat format;
    QList<QTextLength> constraints;
    for (int width : content.widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(constraints);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(content.headers.isEmpty() ? 0 : 1);
    const int header = content.headers.isEmpty() ? 0 : 1;
    const int columns = int(qMax(content.headers.size(), content.rows.isEmpty() ? 1 : content.rows.first().size()));
    QTextTable *result = cursor.insertTable(int(content.rows.size()) + header, columns, format);
    for (int c = 0; c < content.headers.size(); ++c)
        result->cellAt(0, c).firstCursorPosition().insertText(content.headers.at(c), textFormat(10, true));
    for (int r = 0; r < content.rows.size(); ++r) {
        for (int c = 0; c < content.rows.at(r).size() && c < columns; ++c)
            result->cellAt(r + header, c).firstCursorPosition().insertText(content.rows.at(r).at(c), textFormat(10));
    }
    cursor.movePosition(QTextCursor::End);
}

void titleLine(QTextCursor &cursor, const OutlineBlock &line, bool first, DocumentBuilder::Layout layout)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    // The first line a third of the way down the page. The ODF writer reads margins at 96 dpi,
    // the PDF at the writer's 300: the same margin in a flowing document split the title page.
    block.setTopMargin(first ? (layout == DocumentBuilder::Layout::Paged ? 700 : 220) : 40);
    static const qreal sizes[] = {28, 18, 13, 11};
    const QTextCharFormat format = textFormat(sizes[qBound(1, line.level, 4) - 1], line.level <= 2);
    if (first)
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block, format);
    cursor.insertText(line.text, format);
}

const char *const kPicturesProperty = "ledaPictures";

// A chart: drawn as vectors where the document is printed to a PDF; a picture in a flowing
// document, for the ODF writer keeps pictures only.
void chart(QTextCursor &cursor, const OutlineBlock &content, DocumentBuilder::Layout layout)
{
    const MeasureSeries &series = *content.chart;
    // The chart draws the measure's name and kind itself: one object, which a page break never
    // parts from its name.
    QTextBlockFormat block;
    block.setTopMargin(14);
    block.setBottomMargin(4);
    cursor.insertBlock(block, textFormat());
    if (layout == DocumentBuilder::Layout::Paged) {
        ChartObject::insert(cursor, series);
        return;
    }
    const QSizeF size(480, 300); // points; drawn at twice that in pixels
    ChartStyle style = ChartStyle::paper(8.5);
    style.sentences = false;
    QImage image((size * 2).toSize(), QImage::Format_RGB32);
    QPainter painter(&image);
    painter.scale(2, 2);
    ChartScene::build(series, size, style).paint(&painter);
    painter.end();
    QTextDocument *document = cursor.document();
    static std::atomic<int> charts{0};
    const QString name = u"leda-chart-%1.png"_s.arg(++charts);
    document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    // Kept with the document too: a fragment copied into another document leaves its resources
    // behind (see DocumentBuilder::document).
    QVariantHash pictures = document->property(kPicturesProperty).toHash();
    pictures.insert(name, image);
    document->setProperty(kPicturesProperty, pictures);
    QTextImageFormat picture;
    picture.setName(name);
    picture.setWidth(640); // about 170 mm at the 96 pixels per inch the ODF writer assumes
    picture.setHeight(400);
    cursor.insertImage(picture);
}

void render(QTextCursor &cursor, const OutlinePart &part, DocumentBuilder::Layout layout)
{
    bool first = true;
    if (!part.title.isEmpty()) {
        partTitle(cursor, part.title);
        first = false;
    }
    for (const OutlineBlock &block : part.blocks) {
        switch (block.kind) {
        case OutlineBlock::Kind::Heading:
            heading(cursor, block.text, block.level);
            break;
        case OutlineBlock::Kind::Field:
            labelled(cursor, block.label, block.text);
            break;
        case OutlineBlock::Kind::Paragraph:
            paragraph(cursor, block.text, textFormat(10.5, block.strong));
            break;
        case OutlineBlock::Kind::Bullet:
            paragraph(cursor, u"• "_s + block.text);
            break;
        case OutlineBlock::Kind::Columns:
        case OutlineBlock::Kind::Table:
            table(cursor, block);
            break;
        case OutlineBlock::Kind::Title:
            titleLine(cursor, block, first, layout);
            break;
        case OutlineBlock::Kind::Chart:
            if (block.chart)
                chart(cursor, block, layout);
            break;
        }
        first = false;
    }
}

void contents(QTextCursor &cursor, const Outline &outline, const QList<int> &tocPages, DocumentBuilder::Layout layout)
{
    QStringList titles;
    for (const OutlinePart &part : outline.parts) {
        if (part.listed)
            titles.append(part.title);
    }
    partTitle(cursor, RecordOutline::contentsTitle());
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(3);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                      QTextLength(QTextLength::PercentageLength, 12)});
    QTextTable *toc = cursor.insertTable(int(titles.size()), 2, format);
    for (int i = 0; i < titles.size(); ++i) {
        toc->cellAt(i, 0).firstCursorPosition().insertText(titles.at(i), textFormat(11));
        if (layout == DocumentBuilder::Layout::Flowing)
            continue; // no page numbers Leda could know
        QTextCursor page = toc->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        page.setBlockFormat(right);
        // A placeholder as wide as a page number, so the contents keep their length.
        page.insertText(i < tocPages.size() ? QString::number(tocPages.at(i)) : u"000"_s, textFormat(11));
    }
}

} // namespace

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

std::vector<std::unique_ptr<QTextDocument>> DocumentBuilder::parts(const Outline &outline, const QList<int> &tocPages,
                                                                    Layout layout)
{
    std::vector<std::unique_ptr<QTextDocument>> documents;
    for (qsizetype i = 0; i < outline.parts.size(); ++i) {
        documents.push_back(newDocument());
        QTextDocument *document = documents.back().get();
        document->setMetaInformation(QTextDocument::DocumentTitle, outline.title);
        QTextCursor cursor(document);
        render(cursor, outline.parts.at(i), layout);
        if (i == 0 && outline.contents) {
            documents.push_back(newDocument());
            QTextCursor toc(documents.back().get());
            contents(toc, outline, tocPages, layout);
        }
    }
    return documents;
}

std::unique_ptr<QTextDocument> DocumentBuilder::document(const Outline &outline)
{
    auto document = newDocument();
    document->setMetaInformation(QTextDocument::DocumentTitle, outline.title);
    QTextCursor cursor(document.get());
    bool first = true;
    for (const auto &part : parts(outline, {}, Layout::Flowing)) {
        if (!first) {
            QTextBlockFormat pageBreak;
            pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(pageBreak);
        }
        first = false;
        cursor.insertFragment(QTextDocumentFragment(part.get()));
        const QVariantHash pictures = part->property(kPicturesProperty).toHash();
        for (auto picture = pictures.cbegin(); picture != pictures.cend(); ++picture)
            document->addResource(QTextDocument::ImageResource, QUrl(picture.key()), picture.value());
    }
    return document;
}

} // namespace Leda
