#include "core/measures/chartscene.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QFont fontOf(qreal size, bool bold = false)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s});
    font.setPixelSize(std::max(1, int(std::lround(size))));
    font.setBold(bold);
    return font;
}

// Fonts and their metrics are costly to make: one of each per size and weight.
struct FontEntry
{
    QFont font;
    QFontMetricsF metrics;
};

const FontEntry &metricsOf(qreal size, bool bold)
{
    static QHash<QPair<int, bool>, FontEntry *> cache;
    const QPair<int, bool> key(int(std::lround(size)), bold);
    auto found = cache.find(key);
    if (found == cache.end()) {
        const QFont font = fontOf(size, bold);
        found = cache.insert(key, new FontEntry{font, QFontMetricsF(font)});
    }
    return **found;
}

qreal textWidth(const QString &text, qreal size, bool bold = false)
{
    return metricsOf(size, bold).metrics.horizontalAdvance(text);
}

// Breaks text into lines no wider than width, at spaces.
QStringList wrapped(const QString &text, qreal width, qreal size, bool bold = false)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && textWidth(candidate, size, bold) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// Round tick steps (1, 2 or 5 × 10^k) for about `count` ticks between low and high.
QList<double> ticks(double low, double high, int count)
{
    const double span = high - low;
    if (span <= 0)
        return {low};
    const double raw = span / count;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    QList<double> result;
    for (double tick = std::ceil(low / step) * step; tick <= high + step * 1e-9; tick += step)
        result.append(std::abs(tick) < step * 1e-9 ? 0 : tick);
    return result;
}

// As many decimals as the tick step needs: 5 → 0, 0,5 → 1, 0,05 → 2.
int decimalsFor(const QList<double> &ticks)
{
    if (ticks.size() < 2)
        return 1;
    const double step = ticks.at(1) - ticks.at(0);
    return std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 4);
}

// Where a one-line text starts: aligned in its box, its baseline so that the line is centred.
QPointF textOrigin(const ChartScene::Item &item, const QFontMetricsF &metrics)
{
    const qreal width = metrics.horizontalAdvance(item.text);
    qreal x = item.rect.left();
    if (item.alignment & Qt::AlignRight)
        x = item.rect.right() - width;
    else if (item.alignment & Qt::AlignHCenter)
        x = item.rect.center().x() - width / 2;
    return QPointF(x, item.rect.center().y() + (metrics.ascent() - metrics.descent()) / 2);
}

} // namespace

ChartStyle ChartStyle::paper(qreal fontSize)
{
    ChartStyle style;
    style.background = QColor(u"#ffffff"_s);
    style.text = QColor(u"#1a1a1a"_s);
    style.grid = QColor(u"#e3e6ea"_s);
    style.line = QColor(u"#1f5f99"_s);
    style.signal = QColor(u"#d35400"_s);
    style.excluded = QColor(u"#9e9e9e"_s);
    style.centre = QColor(u"#333333"_s);
    style.limits = QColor(u"#7b1fa2"_s);
    style.target = QColor(u"#2e7d32"_s);
    style.note = QColor(u"#5d4037"_s);
    style.fontSize = fontSize;
    return style;
}

ChartStyle ChartStyle::room(qreal fontSize)
{
    ChartStyle style;
    style.background = QColor(u"#0e141b"_s);
    style.text = QColor(u"#f4f6f8"_s);
    style.grid = QColor(u"#2a3847"_s);
    style.line = QColor(u"#64b5f6"_s);
    style.signal = QColor(u"#ffb300"_s);
    style.excluded = QColor(u"#78909c"_s);
    style.centre = QColor(u"#f4f6f8"_s);
    style.limits = QColor(u"#ce93d8"_s);
    style.target = QColor(u"#81c784"_s);
    style.note = QColor(u"#ffd54f"_s);
    style.fontSize = fontSize;
    return style;
}

QList<ChartScene::Item> ChartScene::itemsWithRole(const QString &role) const
{
    QList<Item> result;
    std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(result),
                 [&role](const Item &item) { return item.role == role; });
    return result;
}

ChartScene ChartScene::build(const MeasureSeries &series, const QSizeF &size, const ChartStyle &style,
                             const QLocale &locale)
{
    ChartScene scene;
    scene.m_size = size;
    scene.m_background = style.background;
    const qreal f = style.fontSize;
    const qreal margin = f;
    const Measure &measure = series.measure();
    const Spc::Analysis analysis = series.analysis();
    const qsizetype count = analysis.y.size();

    auto addText = [&scene](const QString &role, const QRectF &box, const QString &text, const QColor &colour,
                            qreal fontSize, int alignment, bool bold = false) {
        Item item;
        item.kind = Item::Kind::Text;
        item.role = role;
        item.rect = box;
        item.text = text;
        item.colour = colour;
        item.fontSize = fontSize;
        item.alignment = alignment;
        item.bold = bold;
        scene.m_items.append(item);
    };
    auto addLine = [&scene](const QString &role, const QList<QPointF> &points, const QColor &colour, qreal width,
                            Qt::PenStyle pen = Qt::SolidLine) {
        Item item;
        item.kind = points.size() == 2 ? Item::Kind::Line : Item::Kind::Polyline;
        item.role = role;
        item.points = points;
        item.colour = colour;
        item.width = width;
        item.pen = pen;
        scene.m_items.append(item);
    };

    Item background;
    background.kind = Item::Kind::Rect;
    background.role = u"background"_s;
    background.rect = QRectF(QPointF(0, 0), size);
    background.colour = style.background;
    background.filled = true;
    scene.m_items.append(background);

    // Top: the title and what kind of chart it is.
    qreal top = margin;
    const qreal innerWidth = size.width() - 2 * margin;
    if (style.title) {
        const qreal titleSize = f * 1.5;
        for (const QString &line : wrapped(measure.name, innerWidth, titleSize, true)) {
            addText(u"title"_s, QRectF(margin, top, innerWidth, titleSize * 1.3), line, style.text, titleSize,
                    Qt::AlignLeft | Qt::AlignVCenter, true);
            top += titleSize * 1.3;
        }
        QStringList about{MeasureSeries::kindName(measure.kind), MeasureSeries::chartName(series.chart())};
        if (!measure.unit.isEmpty())
            about.append(measure.unit);
        if (measure.target)
            about.append(tr("target %1").arg(locale.toString(*measure.target, 'g', 6)));
        if (measure.archived)
            about.append(tr("archived"));
        addText(u"subtitle"_s, QRectF(margin, top, innerWidth, f * 1.4), about.join(u" · "_s), style.text, f,
                Qt::AlignLeft | Qt::AlignVCenter);
        top += f * 1.4 + f * 0.5;
    }

    // Bottom: the signal sentences and the notes. Their type shrinks (to three quarters at most)
    // where they would leave the plot less than half of the chart.
    QList<int> notedPoints;
    for (qsizetype i = 0; i < count; ++i) {
        if (!series.notes().at(i).isEmpty())
            notedPoints.append(int(i));
    }
    const QStringList sentences = style.sentences ? series.signalSentences(analysis) : QStringList();
    struct Line
    {
        QString role;
        QString text;
        qreal size;
    };
    QList<Line> bottomLines;
    qreal linesHeight = 0;
    for (qreal scale = 1.0; scale >= 0.74; scale -= 0.05) {
        bottomLines.clear();
        for (const QString &sentence : sentences) {
            for (const QString &line : wrapped(sentence, innerWidth, f * 1.1 * scale, true))
                bottomLines.append({u"sentence"_s, line, f * 1.1 * scale});
        }
        if (style.notes) {
            for (int n = 0; n < notedPoints.size(); ++n) {
                const int i = notedPoints.at(n);
                const QString text = u"%1. %2: %3"_s.arg(n + 1)
                                         .arg(MeasureSeries::periodLabel(series.periods().at(i), measure.period),
                                              series.notes().at(i).simplified());
                for (const QString &line : wrapped(text, innerWidth, f * scale))
                    bottomLines.append({u"note"_s, line, f * scale});
            }
        }
        linesHeight = 0;
        for (const Line &line : std::as_const(bottomLines))
            linesHeight += line.size * 1.35;
        if (size.height() - margin - linesHeight - top >= (size.height() - top) / 2)
            break;
    }
    qreal bottom = size.height() - margin - linesHeight;
    qreal y = bottom;
    for (const Line &line : std::as_const(bottomLines)) {
        const bool sentence = line.role == u"sentence"_s;
        addText(line.role, QRectF(margin, y, innerWidth, line.size * 1.35), line.text,
                sentence ? style.text : style.note, line.size, Qt::AlignLeft | Qt::AlignVCenter, sentence);
        y += line.size * 1.35;
    }
    if (!bottomLines.isEmpty())
        bottom -= f * 0.5;

    // The value range: the points, centre lines, limits and target.
    QList<double> range;
    for (const auto &value : analysis.y) {
        if (value)
            range.append(*value);
    }
    for (const Spc::Phase &phase : analysis.phases) {
        range.append(phase.centre);
        for (const auto &limit : phase.lower + phase.upper) {
            if (limit)
                range.append(*limit);
        }
    }
    if (measure.target)
        range.append(*measure.target);
    if (QString problem; !series.isValid(&problem)) {
        scene.m_plot = QRectF(margin, top, innerWidth, std::max(f, bottom - top));
        if (!style.sentences) // else the sentence under the chart says it
            addText(u"problem"_s, scene.m_plot, tr("The chart cannot be drawn: %1").arg(problem), style.signal, f,
                    Qt::AlignCenter);
        return scene;
    }
    if (count == 0 || std::none_of(analysis.y.cbegin(), analysis.y.cend(), [](const auto &v) { return v.has_value(); })) {
        scene.m_plot = QRectF(margin, top, innerWidth, std::max(f, bottom - top));
        addText(u"empty"_s, scene.m_plot, tr("No values yet."), style.text, f * 1.2, Qt::AlignCenter);
        return scene;
    }
    double low = *std::min_element(range.cbegin(), range.cend());
    double high = *std::max_element(range.cbegin(), range.cend());
    const double pad = high > low ? (high - low) * 0.08 : std::max(1.0, std::abs(high) * 0.1);
    const bool nonNegative = low >= 0;
    low -= pad;
    high += pad;
    if (nonNegative)
        low = std::max(0.0, low);
    const QList<double> yTicks = ticks(low, high, 5);
    const int decimals = decimalsFor(yTicks);
    low = std::min(low, yTicks.first());
    high = std::max(high, yTicks.last());

    const bool median = analysis.chart == Spc::ChartType::Run;
    const Spc::Phase &lastPhase = analysis.phases.last();
    auto lastLimit = [&](const QList<std::optional<double>> &limits) {
        for (qsizetype i = limits.size() - 1; i >= 0; --i) {
            if (limits.at(i))
                return limits.at(i);
        }
        return std::optional<double>();
    };
    const auto upperLast = lastLimit(lastPhase.upper);
    const auto lowerLast = lastLimit(lastPhase.lower);
    // One decimal more than the axis: a median of 29,5 on an axis of 25, 30, 35.
    const int labelDecimals = decimals + 1;
    const QString centreLabel = (median ? tr("Median %1") : tr("Mean %1")).arg(locale.toString(lastPhase.centre, 'f', labelDecimals));
    QStringList rightLabels{centreLabel};
    if (upperLast)
        rightLabels.append(tr("UCL %1").arg(locale.toString(*upperLast, 'f', labelDecimals)));
    if (measure.target)
        rightLabels.append(tr("Target %1").arg(locale.toString(*measure.target, 'g', 6)));
    qreal rightWidth = 0;
    for (const QString &label : rightLabels)
        rightWidth = std::max(rightWidth, textWidth(label, f * 0.9));
    qreal leftWidth = 0;
    for (double tick : yTicks)
        leftWidth = std::max(leftWidth, textWidth(locale.toString(tick, 'f', decimals), f));

    const qreal xLabelHeight = f * 1.6;
    scene.m_plot = QRectF(QPointF(margin + leftWidth + f * 0.5, top),
                          QPointF(size.width() - margin - rightWidth - f * 0.5, bottom - xLabelHeight));
    const QRectF plot = scene.m_plot;
    const qreal step = plot.width() / std::max<qsizetype>(1, count);
    auto xAt = [&](int i) { return plot.left() + (i + 0.5) * step; };
    auto yAt = [&](double value) { return plot.bottom() - (value - low) / (high - low) * plot.height(); };

    // Grid and the value axis.
    for (double tick : yTicks) {
        addLine(u"grid"_s, {QPointF(plot.left(), yAt(tick)), QPointF(plot.right(), yAt(tick))}, style.grid, f / 12);
        addText(u"y-label"_s, QRectF(margin, yAt(tick) - f * 0.7, leftWidth, f * 1.4), locale.toString(tick, 'f', decimals),
                style.text, f, Qt::AlignRight | Qt::AlignVCenter);
    }
    addLine(u"axis"_s, {plot.bottomLeft(), plot.bottomRight()}, style.text, f / 12);

    // The period axis: as many labels as fit side by side.
    // Labels of one kind are about as wide as each other: measure a sample of them.
    qreal labelWidth = 0;
    const qsizetype sampleStep = std::max<qsizetype>(1, count / 40);
    for (qsizetype i = 0; i < count; i += sampleStep) {
        labelWidth = std::max(labelWidth,
                              textWidth(MeasureSeries::periodLabel(series.periods().at(i), measure.period), f * 0.9));
    }
    const int every = std::max(1, int(std::ceil((labelWidth + f) / step)));
    for (int i = 0; i < count; i += every) {
        const qreal left = std::clamp(xAt(i) - labelWidth / 2 - f / 2, 0.0, size.width() - labelWidth - f);
        addText(u"x-label"_s, QRectF(left, plot.bottom() + f * 0.2, labelWidth + f, f * 1.4),
                MeasureSeries::periodLabel(series.periods().at(i), measure.period), style.text, f * 0.9,
                Qt::AlignHCenter | Qt::AlignVCenter);
    }

    // Phases: a separator, the centre line (dashed beyond a frozen baseline) and the limits.
    for (const Spc::Phase &phase : analysis.phases) {
        const qreal left = xAt(phase.first) - step / 2;
        const qreal right = xAt(phase.last) + step / 2;
        if (phase.first > 0)
            addLine(u"phase"_s, {QPointF(left, plot.top()), QPointF(left, plot.bottom())}, style.text, f / 8, Qt::DashLine);
        const qreal frozenEnd = xAt(phase.first + phase.baseline - 1) + step / 2;
        const qreal y = yAt(phase.centre);
        addLine(u"centre"_s, {QPointF(left, y), QPointF(std::min(right, frozenEnd), y)}, style.centre, f / 6);
        if (frozenEnd < right - 1)
            addLine(u"centre-extended"_s, {QPointF(frozenEnd, y), QPointF(right, y)}, style.centre, f / 6, Qt::DashLine);
        // Many narrow steps: a thin solid line reads better (and draws faster) than dashes.
        const Qt::PenStyle limitPen = step < f ? Qt::SolidLine : Qt::DashLine;
        const qreal limitWidth = step < f ? f / 12 : f / 8;
        for (const auto *limits : {&phase.upper, &phase.lower}) {
            QList<QPointF> stepped;
            for (int i = phase.first; i <= phase.last; ++i) {
                const auto &limit = limits->at(i - phase.first);
                if (!limit) {
                    if (stepped.size() > 1)
                        addLine(u"limit"_s, stepped, style.limits, limitWidth, limitPen);
                    stepped.clear();
                    continue;
                }
                if (step < f) { // narrow steps: a line through the points reads the same
                    stepped.append(QPointF(xAt(i), yAt(*limit)));
                } else {
                    stepped.append(QPointF(xAt(i) - step / 2, yAt(*limit)));
                    stepped.append(QPointF(xAt(i) + step / 2, yAt(*limit)));
                }
            }
            if (stepped.size() > 1)
                addLine(u"limit"_s, stepped, style.limits, limitWidth, limitPen);
        }
    }
    if (measure.target) {
        addLine(u"target"_s, {QPointF(plot.left(), yAt(*measure.target)), QPointF(plot.right(), yAt(*measure.target))},
                style.target, f / 6, Qt::DotLine);
    }

    // The right-hand labels, kept apart vertically.
    struct RightLabel
    {
        double y;
        QString text;
        QColor colour;
        QString role;
    };
    QList<RightLabel> labels{{yAt(lastPhase.centre), centreLabel, style.centre, u"centre-label"_s}};
    if (upperLast)
        labels.append({yAt(*upperLast), rightLabels.at(1), style.limits, u"limit-label"_s});
    if (lowerLast)
        labels.append({yAt(*lowerLast), tr("LCL %1").arg(locale.toString(*lowerLast, 'f', labelDecimals)), style.limits,
                       u"limit-label"_s});
    if (measure.target)
        labels.append({yAt(*measure.target), rightLabels.last(), style.target, u"target-label"_s});
    std::sort(labels.begin(), labels.end(), [](const RightLabel &a, const RightLabel &b) { return a.y < b.y; });
    qreal previous = -1e9;
    for (RightLabel &label : labels) {
        label.y = std::max(label.y, previous + f * 1.1);
        previous = label.y;
    }
    for (const RightLabel &label : labels) {
        const qreal y = std::min(label.y, plot.bottom());
        addText(label.role, QRectF(plot.right() + f * 0.5, y - f * 0.6, rightWidth, f * 1.2), label.text, label.colour,
                f * 0.9, Qt::AlignLeft | Qt::AlignVCenter);
    }

    // The data line, broken at gaps, and the points.
    QSet<int> signalled;
    for (const Spc::Phase &phase : analysis.phases) {
        for (int i : phase.longRunPoints + phase.outside)
            signalled.insert(i);
    }
    const qreal radius = std::max(2.5, std::min(f * 0.32, step * 0.35));
    const bool dense = step < 2.5 * radius;
    QList<QPointF> line;
    for (int i = 0; i < count; ++i) {
        if (!analysis.y.at(i)) {
            if (line.size() > 1)
                addLine(u"data"_s, line, style.line, dense ? f / 12 : f / 6);
            line.clear();
            continue;
        }
        line.append(QPointF(xAt(i), yAt(*analysis.y.at(i))));
    }
    if (line.size() > 1)
        addLine(u"data"_s, line, style.line, dense ? f / 12 : f / 6);
    // Where points would overlap the line shows the values; only the points that say something
    // (a signal, an excluded value) are drawn.
    for (int i = 0; i < count; ++i) {
        if (!analysis.y.at(i) || (dense && !signalled.contains(i) && !analysis.excluded.at(i)))
            continue;
        Item point;
        point.kind = Item::Kind::Circle;
        const QPointF centre(xAt(i), yAt(*analysis.y.at(i)));
        point.rect = QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
        point.width = f / 8;
        if (analysis.excluded.at(i)) {
            point.role = u"excluded-point"_s;
            point.colour = style.excluded;
            point.filled = false;
        } else {
            point.role = signalled.contains(i) ? u"signal-point"_s : u"point"_s;
            point.colour = signalled.contains(i) ? style.signal : style.line;
            point.filled = true;
        }
        scene.m_items.append(point);
    }

    // Note markers: a number above the point, explained under the chart.
    for (int n = 0; n < notedPoints.size(); ++n) {
        const int i = notedPoints.at(n);
        const double value = analysis.y.at(i).value_or(low);
        const qreal y = std::max(plot.top() + f * 0.7, yAt(value) - radius - f * 0.9);
        addLine(u"note-stem"_s, {QPointF(xAt(i), y + f * 0.6), QPointF(xAt(i), yAt(value) - radius)}, style.note, f / 10);
        addText(u"note-marker"_s, QRectF(xAt(i) - f, y - f * 0.6, 2 * f, f * 1.2), QString::number(n + 1), style.note,
                f * 0.85, Qt::AlignCenter, true);
    }
    return scene;
}

void ChartScene::paint(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const Item &item : m_items) {
        QPen pen(item.colour, item.width, item.pen, Qt::FlatCap, Qt::RoundJoin);
        switch (item.kind) {
        case Item::Kind::Rect:
            painter->fillRect(item.rect, item.colour);
            break;
        case Item::Kind::Line:
        case Item::Kind::Polyline:
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            // As separate segments: the raster engine strokes a long zig-zag polyline with its
            // joins several times slower (measured with leda-bench-charts).
            if (item.pen == Qt::SolidLine && item.points.size() > 16) {
                QList<QLineF> segments;
                segments.reserve(item.points.size());
                for (qsizetype i = 1; i < item.points.size(); ++i)
                    segments.append(QLineF(item.points.at(i - 1), item.points.at(i)));
                painter->drawLines(segments.constData(), int(segments.size()));
            } else {
                painter->drawPolyline(item.points.constData(), int(item.points.size()));
            }
            break;
        case Item::Kind::Circle:
            painter->setPen(pen);
            painter->setBrush(item.filled ? QBrush(item.colour) : QBrush(m_background));
            painter->drawEllipse(item.rect);
            break;
        case Item::Kind::Text: {
            // Placed by hand on one line (as the SVG does): drawText into a rectangle lays the
            // text out as a paragraph every time, which costs most of a chart's drawing.
            const FontEntry &font = metricsOf(item.fontSize, item.bold);
            painter->setPen(item.colour);
            painter->setFont(font.font);
            painter->drawText(textOrigin(item, font.metrics), item.text);
            break;
        }
        }
    }
    painter->restore();
}

QByteArray ChartScene::svg() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"svg"_s);
    xml.writeDefaultNamespace(u"http://www.w3.org/2000/svg"_s);
    const QString width = QString::number(m_size.width(), 'f', 1);
    const QString height = QString::number(m_size.height(), 'f', 1);
    xml.writeAttribute(u"width"_s, width);
    xml.writeAttribute(u"height"_s, height);
    xml.writeAttribute(u"viewBox"_s, u"0 0 %1 %2"_s.arg(width, height));
    xml.writeAttribute(u"font-family"_s, u"DejaVu Sans, sans-serif"_s);
    auto number = [](qreal value) { return QString::number(value, 'f', 2); };
    auto stroke = [&](const Item &item) {
        xml.writeAttribute(u"stroke"_s, item.colour.name());
        xml.writeAttribute(u"stroke-width"_s, number(item.width));
        if (item.pen == Qt::DashLine)
            xml.writeAttribute(u"stroke-dasharray"_s, u"%1 %2"_s.arg(number(item.width * 4), number(item.width * 2)));
        else if (item.pen == Qt::DotLine)
            xml.writeAttribute(u"stroke-dasharray"_s, u"%1 %2"_s.arg(number(item.width), number(item.width * 2)));
    };
    for (const Item &item : m_items) {
        switch (item.kind) {
        case Item::Kind::Rect:
            xml.writeEmptyElement(u"rect"_s);
            xml.writeAttribute(u"x"_s, number(item.rect.x()));
            xml.writeAttribute(u"y"_s, number(item.rect.y()));
            xml.writeAttribute(u"width"_s, number(item.rect.width()));
            xml.writeAttribute(u"height"_s, number(item.rect.height()));
            xml.writeAttribute(u"fill"_s, item.colour.name());
            break;
        case Item::Kind::Line:
        case Item::Kind::Polyline: {
            QStringList points;
            for (const QPointF &point : item.points)
                points.append(number(point.x()) + u',' + number(point.y()));
            xml.writeEmptyElement(u"polyline"_s);
            xml.writeAttribute(u"points"_s, points.join(u' '));
            xml.writeAttribute(u"fill"_s, u"none"_s);
            stroke(item);
            break;
        }
        case Item::Kind::Circle:
            xml.writeEmptyElement(u"circle"_s);
            xml.writeAttribute(u"cx"_s, number(item.rect.center().x()));
            xml.writeAttribute(u"cy"_s, number(item.rect.center().y()));
            xml.writeAttribute(u"r"_s, number(item.rect.width() / 2));
            xml.writeAttribute(u"fill"_s, item.filled ? item.colour.name() : m_background.name());
            stroke(item);
            break;
        case Item::Kind::Text: {
            xml.writeStartElement(u"text"_s);
            const bool right = item.alignment & Qt::AlignRight;
            const bool centred = item.alignment & Qt::AlignHCenter;
            const qreal x = right ? item.rect.right() : centred ? item.rect.center().x() : item.rect.left();
            xml.writeAttribute(u"x"_s, number(x));
            xml.writeAttribute(u"y"_s, number(textOrigin(item, metricsOf(item.fontSize, item.bold).metrics).y()));
            xml.writeAttribute(u"font-size"_s, number(item.fontSize));
            if (item.bold)
                xml.writeAttribute(u"font-weight"_s, u"bold"_s);
            if (right || centred)
                xml.writeAttribute(u"text-anchor"_s, right ? u"end"_s : u"middle"_s);
            xml.writeAttribute(u"fill"_s, item.colour.name());
            xml.writeCharacters(item.text);
            xml.writeEndElement();
            break;
        }
        }
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Leda
