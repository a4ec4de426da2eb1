#include "core/export/chartobject.h"

#include "core/measures/chartscene.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

constexpr int kIndexProperty = QTextFormat::UserProperty + 1;
// The chart in points, with its title: the width of an A4 page's text (170 mm), 105 mm high.
constexpr qreal kWidthPt = 480;
constexpr qreal kHeightPt = 300;

qreal pointScale(QTextDocument *document)
{
    // Layout units are the paint device's pixels: 300 per inch in Leda's PDFs, 96 on screen.
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    return (device ? device->logicalDpiY() : 96) / 72.0;
}

ChartStyle documentStyle()
{
    ChartStyle style = ChartStyle::paper(8.5);
    style.sentences = false; // they follow as text, to be read and searched
    return style;
}

} // namespace

ChartObject::ChartObject(QObject *parent)
    : QObject(parent)
{
}

void ChartObject::insert(QTextCursor &cursor, const MeasureSeries &series)
{
    QTextDocument *document = cursor.document();
    auto *handler = document->findChild<ChartObject *>(QString(), Qt::FindDirectChildrenOnly);
    if (!handler) {
        handler = new ChartObject(document);
        document->documentLayout()->registerHandler(kType, handler);
    }
    handler->m_charts.append(series);
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(kIndexProperty, int(handler->m_charts.size() - 1));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &)
{
    const qreal scale = pointScale(document);
    // Never wider than the text: a narrower page (or a preview) gets a smaller chart.
    const qreal width = std::min(kWidthPt * scale, document->pageSize().width() > 0
                                                       ? document->pageSize().width() - 2 * document->documentMargin()
                                                       : kWidthPt * scale);
    return QSizeF(width, width * kHeightPt / kWidthPt);
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                             const QTextFormat &format)
{
    const int index = format.property(kIndexProperty).toInt();
    if (index < 0 || index >= m_charts.size())
        return;
    const qreal scale = pointScale(document);
    const ChartScene scene = ChartScene::build(m_charts.at(index), rect.size() / scale, documentStyle());
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    scene.paint(painter);
    painter->restore();
}

} // namespace Leda
