#pragma once

#include <QFont>
#include <QGraphicsObject>

namespace Leda {

// A caption drawn in the video scene: white text on a translucent box, centred at the bottom
// of the picture. (A QLabel over a QVideoWidget would be hidden by the video surface.)
class CaptionItem final : public QGraphicsObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionItem)

public:
    explicit CaptionItem(QGraphicsItem *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

    // Lays the caption out for a picture occupying videoRect (scene coordinates).
    void setVideoRect(const QRectF &videoRect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void relayout();

    QString m_text;
    QRectF m_videoRect;
    QFont m_font;
    QRectF m_box; // in item coordinates
};

} // namespace Leda
