#include "ui/measures/chartview.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Leda {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"chartView"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // A picture: it is read by the chart's sentences, which also stand in its accessible text.
    setAccessibleName(tr("Chart"));
}

void ChartView::setSeries(const MeasureSeries &series)
{
    m_series = series;
    setAccessibleDescription(series.signalSentences(series.analysis()).join(u' '));
    update();
}

void ChartView::clear()
{
    m_series.reset();
    setAccessibleDescription({});
    update();
}

void ChartView::setStyle(const ChartStyle &style)
{
    m_style = style;
    update();
}

ChartScene ChartView::scene() const
{
    return sceneAt(size());
}

ChartScene ChartView::sceneAt(const QSizeF &size) const
{
    Measure none;
    return ChartScene::build(m_series.value_or(MeasureSeries(none, {})), size, m_style);
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_series) {
        painter.fillRect(rect(), m_style.background);
        return;
    }
    scene().paint(&painter);
}

} // namespace Leda
