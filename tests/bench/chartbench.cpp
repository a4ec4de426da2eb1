// leda-bench-charts [--runs 100] [--save DIR]: analyses and draws a 1 000-point P chart in three
// phases, R times, and prints the median time per chart (the target is one frame, 16 ms); then
// the time to write the course report with 10 measures to PDF next to the report without them.
// With --save it also writes the chart as PNG and SVG, to look at.
#include "core/content/contentloader.h"
#include "core/content/contentlocator.h"
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/measures/chartscene.h"
#include "core/storage/database.h"
#include "core/storage/measurestore.h"
#include "support/seriesrecord.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <tuple>

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
                       {u"save"_s, u"Write the chart as PNG and SVG into DIR."_s, u"DIR"_s},
                       {u"charts-only"_s, u"Leave out the course report (for profiling the chart)."_s}});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    QTextStream out(stdout);

    const MeasureSeries series = pChart();
    QImage image(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
    // At the room's size (the large case) and at the measures page's.
    for (const auto &[size, style, where] : {std::tuple{QSize(1920, 1080), ChartStyle::room(), "the room, 1920x1080"},
                                             std::tuple{QSize(1100, 520), ChartStyle::paper(), "the measures page, 1100x520"}}) {
        QList<double> analyse;
        QList<double> layout;
        QList<double> total;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Spc::Analysis analysis = series.analysis();
            analyse.append(timer.nsecsElapsed() / 1e6);
            const ChartScene scene = ChartScene::build(series, size, style);
            layout.append(timer.nsecsElapsed() / 1e6);
            QPainter painter(&image);
            scene.paint(&painter);
            painter.end();
            total.append(timer.nsecsElapsed() / 1e6);
            if (analysis.phases.size() != 3)
                return 1;
        }
        out << "P chart, 1 000 points, 3 phases, " << runs << " runs, drawn for " << where << ":\n"
            << "  analyse: median " << QString::number(median(analyse), 'f', 2) << " ms\n"
            << "  analyse and lay out: median " << QString::number(median(layout), 'f', 2) << " ms\n"
            << "  analyse, lay out and draw: median " << QString::number(median(total), 'f', 2)
            << " ms (target 16 ms)\n";
        out.flush();
    }
    if (parser.isSet(u"charts-only"_s))
        return 0;
    // The course report of a three-meeting series with 10 measures of three years each, next to
    // the same report without the measures.
    QTemporaryDir dir;
    Database database;
    QString error;
    if (!database.open(dir.filePath(u"leda.sqlite"_s), &error)) {
        out << error << '\n';
        return 1;
    }
    const auto locations = ContentLocations::resolve();
    const Course course = ContentLoader::load(locations.modulesDir, locations.filmsDir).course;
    const SeriesRecord record = seedSeriesRecord(database, course, 12, 4, 3, 600);
    MeasureStore store(database);
    for (int m = 0; m < 7; ++m) {
        Measure measure;
        measure.groupId = record.group;
        measure.name = u"Mått %1: andel i tid"_s.arg(m + 4);
        measure.valueType = m % 2 ? Measure::ValueType::Proportion : Measure::ValueType::Count;
        measure.perUnits = m % 2 ? 100 : 1;
        measure.chart = m % 2 ? Spc::ChartType::P : Spc::ChartType::C;
        measure.id = store.addMeasure(measure, &error);
        QList<MeasureValue> values;
        for (int i = 0; i < 36; ++i) {
            MeasureValue value;
            value.period = QDate(2024, 4, 1).addMonths(i);
            value.value = 10 + (i * (m + 3)) % 11;
            if (m % 2)
                value.denominator = 30 + (i * 7) % 13;
            values.append(value);
        }
        store.saveValues(measure.id, values, &error);
    }
    const ReportContent report = RecordExport(database, course).report(record.group);
    auto timeReport = [&](ExportSections sections) {
        QList<double> runsMs;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (Exporter(sections).writeReport(report, Exporter::Format::Pdf, dir.filePath(u"rapport.pdf"_s), &error)
                != Exporter::Result::Written)
                return -1.0;
            runsMs.append(timer.nsecsElapsed() / 1e6);
        }
        return median(runsMs);
    };
    const double without = timeReport(defaultExportSections() & ~ExportSections(ExportSection::Measures));
    const double with = timeReport(defaultExportSections());
    out << "Course report (3 meetings) to PDF, median of 5: " << QString::number(without, 'f', 0)
        << " ms without measures, " << QString::number(with, 'f', 0) << " ms with " << report.measures.size()
        << " measures and " << report.processMeasures.size() << " process measures\n";
    if (parser.isSet(u"save"_s)) {
        QFile::copy(dir.filePath(u"rapport.pdf"_s), parser.value(u"save"_s) + u"/rapport-med-matt.pdf"_s);
        const QString saveDir = parser.value(u"save"_s);
        {
            QPainter painter(&image);
            ChartScene::build(series, QSizeF(1920, 1080), ChartStyle::room()).paint(&painter);
        }
        image.save(saveDir + u"/p-chart-room.png"_s);
        const ChartScene paper = ChartScene::build(series, QSizeF(900, 520), ChartStyle::paper(11));
        QFile svg(saveDir + u"/p-chart.svg"_s);
        if (svg.open(QIODevice::WriteOnly))
            svg.write(paper.svg());
        QImage small(QSize(900, 520), QImage::Format_RGB32);
        QPainter painter(&small);
        paper.paint(&painter);
        painter.end();
        small.save(saveDir + u"/p-chart-paper.png"_s);
    }
    return 0;
}
