#pragma once

#include "core/measures/measure.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace Leda {

// Colours and type for a chart: light for pages, PDFs and files; dark and large for the room.
struct ChartStyle
{
    QColor background;
    QColor text;
    QColor grid;
    QColor line;       // the data line and points
    QColor signal;     // points that are part of a signal
    QColor excluded;   // points left out of the calculations
    QColor centre;
    QColor limits;
    QColor target;
    QColor note;
    qreal fontSize = 12; // pixels (points on paper): the axis labels; titles are larger
    bool title = true;     // the measure's name above the chart
    bool sentences = true; // the signal sentences under it
    bool notes = true;     // the point notes listed under it

    static ChartStyle paper(qreal fontSize = 12);
    static ChartStyle room(qreal fontSize = 26);
};

// A chart laid out once as a list of drawing items, then painted with QPainter onto any paint
// device (a widget, the room view, a PDF page as vectors, a PNG) or written as SVG. The one
// chart renderer for every view and export.
class ChartScene final
{
    Q_DECLARE_TR_FUNCTIONS(ChartScene)

public:
    struct Item
    {
        enum class Kind { Line, Polyline, Circle, Text, Rect };
        Kind kind = Kind::Line;
        QString role; // "title", "point", "signal-point", "excluded-point", "centre", "limit", "target", …
        QList<QPointF> points;
        QRectF rect;       // Text: its box; Circle: the circle's bounds; Rect: the rectangle
        QString text;
        QColor colour;
        qreal width = 1;   // pen width
        Qt::PenStyle pen = Qt::SolidLine;
        bool filled = false;
        qreal fontSize = 12;
        bool bold = false;
        int alignment = 0; // Qt::Alignment for Text
    };

    static ChartScene build(const MeasureSeries &series, const QSizeF &size, const ChartStyle &style,
                            const QLocale &locale = QLocale());

    QSizeF size() const { return m_size; }
    const QList<Item> &items() const { return m_items; }
    QList<Item> itemsWithRole(const QString &role) const;
    QRectF plotArea() const { return m_plot; }

    void paint(QPainter *painter) const;
    QByteArray svg() const;

private:
    QSizeF m_size;
    QRectF m_plot;
    QColor m_background;
    QList<Item> m_items;
};

} // namespace Leda
