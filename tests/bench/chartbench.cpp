// leda-bench-charts [--runs 100] [--save DIR]: analyses and draws a 1 000-point P chart in three
// phases, R times, and prints the median time per chart (the target is one frame, 16 ms); then
// the time to write the course report with 10 measures to PDF next to the report without them.
// With --save it also writes the chart as PNG and SVG, to look at.
#include "core/measures/chartscene.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// 1 000 weeks of a proportion whose level shifts twice, with varying denominators.
MeasureSeries pChart()
{
    Measure measure;
    measure.name = u"Andel patienter med riskbedömning inom 24 timmar"_s;
    measure.valueType = Measure::ValueType::Proportion;
    measure.period = Measure::Period::Week;
    measure.perUnits = 100;
    measure.unit = u"%"_s;
    measure.chart = Spc::ChartType::P;
    measure.target = 90;
    QRandomGenerator random(2027);
    QList<MeasureValue> values;
    for (int i = 0; i < 1000; ++i) {
        const double level = i < 400 ? 0.62 : i < 700 ? 0.78 : 0.88;
        const int denominator = 40 + int(random.bounded(60));
        int numerator = 0;
        for (int patient = 0; patient < denominator; ++patient)
            numerator += random.generateDouble() < level ? 1 : 0;
        MeasureValue value;
        value.period = QDate(2008, 1, 7).addDays(7 * i);
        value.value = numerator;
        value.denominator = denominator;
        value.newPhase = i == 400 || i == 700;
        if (i == 395)
            value.note = u"Ny rutin för riskbedömning vid inskrivning"_s;
        values.append(value);
    }
    return MeasureSeries(measure, values);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"runs"_s, u"Timed runs (100)."_s, u"R"_s, u"100"_s},
                       {u"save"_s, u"Write the chart as PNG and SVG into DIR."_s, u"DIR"_s}});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    QTextStream out(stdout);

    const MeasureSeries series = pChart();
    const QSize size(1920, 1080);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QList<double> analyse;
    QList<double> layout;
    QList<double> total;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Spc::Analysis analysis = series.analysis();
        analyse.append(timer.nsecsElapsed() / 1e6);
        const ChartScene scene = ChartScene::build(series, size, ChartStyle::room());
        layout.append(timer.nsecsElapsed() / 1e6);
        QPainter painter(&image);
        scene.paint(&painter);
        painter.end();
        total.append(timer.nsecsElapsed() / 1e6);
        if (analysis.phases.size() != 3)
            return 1;
    }
    out << "P chart, 1 000 points, 3 phases, " << runs << " runs:\n"
        << "  analyse: median " << QString::number(median(analyse), 'f', 2) << " ms\n"
        << "  analyse and lay out: median " << QString::number(median(layout), 'f', 2) << " ms\n"
        << "  analyse, lay out and draw at 1920x1080: median " << QString::number(median(total), 'f', 2)
        << " ms (target 16 ms)\n";
    if (parser.isSet(u"save"_s)) {
        const QString dir = parser.value(u"save"_s);
        image.save(dir + u"/p-chart-room.png"_s);
        const ChartScene paper = ChartScene::build(series, QSizeF(900, 520), ChartStyle::paper(11));
        QFile svg(dir + u"/p-chart.svg"_s);
        if (svg.open(QIODevice::WriteOnly))
            svg.write(paper.svg());
        QImage small(QSize(900, 520), QImage::Format_RGB32);
        QPainter painter(&small);
        paper.paint(&painter);
        painter.end();
        small.save(dir + u"/p-chart-paper.png"_s);
    }
    return 0;
}
