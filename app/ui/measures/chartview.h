#pragma once

#include "core/measures/chartscene.h"

#include <QWidget>

#include <optional>

namespace Leda {

// Shows one measure's chart, laid out anew for the widget's size: on the measures page (light)
// and in the room view (dark and large). The same ChartScene is what the exports draw.
class ChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setSeries(const MeasureSeries &series);
    void clear();
    void setStyle(const ChartStyle &style);
    bool hasSeries() const { return m_series.has_value(); }
    // The chart as it is drawn now (for the tests and for copying).
    ChartScene scene() const;
    // The chart at a size of its own, for saving and copying.
    ChartScene sceneAt(const QSizeF &size) const;

    QSize sizeHint() const override { return {800, 480}; }
    QSize minimumSizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<MeasureSeries> m_series;
    ChartStyle m_style = ChartStyle::paper();
};

} // namespace Leda
