#include "ui/player/captionitem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Leda {

namespace {
constexpr qreal kPadding = 0.35; // of the line height
}

CaptionItem::CaptionItem(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setZValue(10);
}

void CaptionItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    relayout();
}

void CaptionItem::setVideoRect(const QRectF &videoRect)
{
    m_videoRect = videoRect;
    relayout();
}

void CaptionItem::relayout()
{
    prepareGeometryChange();
    // Readable from the back of the room: about 1/18 of the picture's height.
    m_font.setPixelSize(qMax(14, int(m_videoRect.height() / 18.0)));
    m_font.setWeight(QFont::DemiBold);
    const QFontMetricsF metrics(m_font);
    const qreal maxWidth = m_videoRect.width() * 0.9;
    const QRectF textRect = metrics.boundingRect(QRectF(0, 0, maxWidth, 10000), Qt::AlignHCenter | Qt::TextWordWrap,
                                                 m_text);
    const qreal padding = metrics.height() * kPadding;
    m_box = textRect.adjusted(-padding * 2, -padding, padding * 2, padding);
    m_box.moveLeft(-m_box.width() / 2);
    m_box.moveTop(0);
    const qreal bottomMargin = m_videoRect.height() * 0.05;
    setPos(m_videoRect.center().x(), m_videoRect.bottom() - bottomMargin - m_box.height());
    update();
}

QRectF CaptionItem::boundingRect() const
{
    return m_text.isEmpty() ? QRectF() : m_box;
}

void CaptionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_text.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 190));
    painter->drawRoundedRect(m_box, 6, 6);
    painter->setFont(m_font);
    painter->setPen(Qt::white);
    const qreal padding = QFontMetricsF(m_font).height() * kPadding;
    painter->drawText(m_box.adjusted(padding * 2, padding, -padding * 2, -padding), Qt::AlignCenter | Qt::TextWordWrap,
                      m_text);
}

} // namespace Leda
