#include "core/measures/chartscene.h"
#include "support/catchqt.h"

#include <QImage>
#include <QPainter>
#include <QXmlStreamReader>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const QList<double> kCdi{17, 12, 27, 20, 20, 18, 22, 19, 19, 24, 17, 16, 24, 19, 19, 22, 25, 19,
                         17, 6,  25, 17, 11, 14, 9,  11, 7,  13, 5,  5,  3,  5,  9,  4,  5,  9};

MeasureSeries cdiSeries(bool withPhases = false)
{
    Measure measure;
    measure.name = u"Vårdrelaterade C. difficile-infektioner per månad på medicinkliniken"_s;
    measure.valueType = Measure::ValueType::Count;
    measure.better = Measure::Better::Lower;
    measure.target = 8;
    measure.unit = u"fall"_s;
    if (withPhases)
        measure.chart = Spc::ChartType::C;
    QList<MeasureValue> values;
    for (int i = 0; i < kCdi.size(); ++i) {
        MeasureValue value;
        value.period = QDate(2025, 1, 1).addMonths(i);
        value.value = kCdi.at(i);
        values.append(value);
    }
    values[19].excluded = true;
    values[19].excludeReason = u"Fel i registret"_s;
    values[22].note = u"Handhygienronder startade på alla avdelningar"_s;
    values[27].note = u"PDSA 2: städrutin för toaletter"_s;
    values[24].newPhase = withPhases;
    return MeasureSeries(measure, values);
}

bool inside(const QRectF &outer, const ChartScene::Item &item)
{
    QRectF box = item.rect;
    for (const QPointF &point : item.points)
        box = box.isNull() ? QRectF(point, QSizeF(0.01, 0.01)) : box.united(QRectF(point, QSizeF(0.01, 0.01)));
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box);
}

QStringList texts(const ChartScene &scene, const QString &role)
{
    QStringList result;
    for (const ChartScene::Item &item : scene.itemsWithRole(role))
        result.append(item.text);
    return result;
}

} // namespace

TEST_CASE("a run chart scene shows the signal, the excluded point, the notes and the target")
{
    const MeasureSeries series = cdiSeries();
    const ChartScene scene = ChartScene::build(series, QSizeF(1920, 1080), ChartStyle::room(), QLocale(QLocale::Swedish));
    CHECK(texts(scene, u"title"_s).join(u' ') == series.measure().name);
    // The long run of 14 points below the median stands out.
    CHECK(scene.itemsWithRole(u"signal-point"_s).size() == 14);
    CHECK(scene.itemsWithRole(u"excluded-point"_s).size() == 1);
    CHECK(scene.itemsWithRole(u"point"_s).size() == 36 - 14 - 1);
    CHECK(scene.itemsWithRole(u"target"_s).size() == 1);
    CHECK(texts(scene, u"note-marker"_s) == QStringList{u"1"_s, u"2"_s});
    CHECK(texts(scene, u"note"_s).join(u' ').contains(u"1. 2026-11: Handhygienronder"_s));
    const QString sentences = texts(scene, u"sentence"_s).join(u' ');
    CHECK(sentences.contains(u"points in a row below the median"_s));
    CHECK(texts(scene, u"centre-label"_s).first() == u"Median 17,0"_s);

    SECTION("nothing outside the canvas, readable from the back of the room")
    {
        const QRectF canvas(QPointF(0, 0), scene.size());
        for (const ChartScene::Item &item : scene.items()) {
            INFO(item.role.toStdString() << " " << item.text.toStdString());
            CHECK(inside(canvas, item));
        }
        for (const ChartScene::Item &item : scene.itemsWithRole(u"sentence"_s))
            CHECK(item.fontSize >= 1080 / 40.0);
        CHECK(scene.plotArea().height() > 1080 / 2.5);
    }
    SECTION("drawn as PNG pixels: the signal colour is there")
    {
        QImage image(scene.size().toSize(), QImage::Format_RGB32);
        QPainter painter(&image);
        scene.paint(&painter);
        painter.end();
        const QRgb signal = ChartStyle::room().signal.rgb();
        const QPointF centre = scene.itemsWithRole(u"signal-point"_s).first().rect.center();
        CHECK(image.pixel(centre.toPoint()) == signal);
        CHECK(image.pixel(2, 2) == ChartStyle::room().background.rgb());
    }
    SECTION("written as SVG that an XML reader takes, with the same texts")
    {
        QXmlStreamReader xml(scene.svg());
        int circles = 0;
        QStringList svgTexts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"circle"_s)
                ++circles;
            if (xml.isStartElement() && xml.name() == u"text"_s)
                svgTexts.append(xml.readElementText());
        }
        INFO(xml.errorString().toStdString());
        REQUIRE_FALSE(xml.hasError());
        CHECK(circles == 36);
        CHECK(svgTexts.contains(texts(scene, u"sentence"_s).first()));
        CHECK(svgTexts.contains(series.measure().name));
    }
}

TEST_CASE("a C chart in two phases: a centre line and limits per phase, a separator between")
{
    const MeasureSeries series = cdiSeries(true);
    const ChartScene scene = ChartScene::build(series, QSizeF(800, 500), ChartStyle::paper(), QLocale(QLocale::Swedish));
    CHECK(scene.itemsWithRole(u"phase"_s).size() == 1);
    CHECK(scene.itemsWithRole(u"centre"_s).size() == 2);
    CHECK(scene.itemsWithRole(u"limit"_s).size() == 4);
    const auto centres = scene.itemsWithRole(u"centre"_s);
    // The second phase's mean (7,1) lies lower on the page than the first's (18,7).
    CHECK(centres.at(1).points.first().y() > centres.at(0).points.first().y());
    CHECK(texts(scene, u"centre-label"_s).first() == u"Mean 7,1"_s);
    const QString limitLabels = texts(scene, u"limit-label"_s).join(u' ');
    CHECK(limitLabels.contains(u"UCL 15,1"_s));
    CHECK(limitLabels.contains(u"LCL 0,0"_s));
    const QRectF canvas(QPointF(0, 0), scene.size());
    for (const ChartScene::Item &item : scene.items()) {
        INFO(item.role.toStdString() << " " << item.text.toStdString());
        CHECK(inside(canvas, item));
    }
}

TEST_CASE("a measure without values draws a message, not an empty frame")
{
    Measure measure;
    measure.name = u"Nytt mått"_s;
    const ChartScene scene = ChartScene::build(MeasureSeries(measure, {}), QSizeF(600, 400), ChartStyle::paper());
    CHECK(texts(scene, u"empty"_s) == QStringList{u"No values yet."_s});
    CHECK(scene.itemsWithRole(u"point"_s).isEmpty());
}

TEST_CASE("a chart whose values do not fit it says why instead of drawing nonsense")
{
    Measure share;
    share.name = u"Andel i tid"_s;
    share.valueType = Measure::ValueType::Proportion;
    share.chart = Spc::ChartType::P;
    QList<MeasureValue> values(2);
    values[0].period = QDate(2027, 1, 1);
    values[0].value = 12;
    values[0].denominator = 10; // typed the wrong way round
    values[1].period = QDate(2027, 2, 1);
    values[1].value = 4;
    values[1].denominator = 10;
    const MeasureSeries series(share, values);
    const ChartScene scene = ChartScene::build(series, QSizeF(800, 400), ChartStyle::paper());
    CHECK(scene.itemsWithRole(u"point"_s).isEmpty());
    REQUIRE(scene.itemsWithRole(u"sentence"_s).size() >= 1);
    CHECK(texts(scene, u"sentence"_s).join(u' ').contains(u"is larger than the denominator"_s));
    ChartStyle bare = ChartStyle::paper();
    bare.sentences = false;
    CHECK(texts(ChartScene::build(series, QSizeF(800, 400), bare), u"problem"_s).join(u' ').contains(u"12"_s));
}
