#include "core/measures/csvfile.h"
#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

MeasureCsv read(const QByteArray &bytes, bool requirePeriod = true)
{
    MeasureCsv result;
    QString error;
    INFO(error.toStdString());
    REQUIRE(CsvFile::readMeasure(bytes, u"/data/trycksår.csv"_s, requirePeriod, &result, &error));
    return result;
}

QString problems(const MeasureCsv &csv)
{
    QStringList lines;
    for (const CsvProblem &problem : csv.problems)
        lines.append(CsvFile::problemText(problem));
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("numbers and periods are read as people write them")
{
    CHECK(CsvFile::number(u"12,5"_s) == 12.5);
    CHECK(CsvFile::number(u"12.5"_s) == 12.5);
    CHECK(CsvFile::number(u"1 234,5"_s) == 1234.5);
    CHECK(CsvFile::number(u"1\u00a0234,5"_s) == 1234.5);
    CHECK(CsvFile::number(u"1.234,5"_s) == 1234.5);
    CHECK(CsvFile::number(u"1,234.5"_s) == 1234.5);
    CHECK(CsvFile::number(u"\u22123,5"_s) == -3.5);
    CHECK(CsvFile::number(u"0"_s) == 0);
    CHECK_FALSE(CsvFile::number(u"tolv"_s).has_value());
    CHECK_FALSE(CsvFile::number(u"1,2,3"_s).has_value());
    CHECK_FALSE(CsvFile::number(u"12 %"_s).has_value());
    CHECK_FALSE(CsvFile::number(u""_s).has_value());

    CHECK(CsvFile::period(u"2027-03-15"_s) == QDate(2027, 3, 15));
    CHECK(CsvFile::period(u"2027-03"_s) == QDate(2027, 3, 1));
    CHECK(CsvFile::period(u"2027-K2"_s) == QDate(2027, 4, 1));
    CHECK(CsvFile::period(u"2027 Q4"_s) == QDate(2027, 10, 1));
    CHECK(CsvFile::period(u"2027-v1"_s) == QDate(2027, 1, 4)); // ISO week 1 of 2027 begins on Monday 4 January
    CHECK(CsvFile::period(u"2026-W53"_s) == QDate(2026, 12, 28));
    CHECK_FALSE(CsvFile::period(u"2027-W53"_s).isValid()); // 2027 has 52 weeks
    CHECK_FALSE(CsvFile::period(u"2027-13"_s).isValid());
    CHECK_FALSE(CsvFile::period(u"mars"_s).isValid());
}

TEST_CASE("CSV dialects: semicolons, commas, tabs, BOM and Windows-1252")
{
    SECTION("semicolons and decimal commas, as Swedish Excel saves")
    {
        const MeasureCsv csv = read("M\xc3\xa5nad;V\xc3\xa4rde;Anteckning\r\n2027-01;12,5;\r\n2027-02;8;Ny rutin\r\n");
        REQUIRE(csv.problems.isEmpty());
        REQUIRE(csv.rows.size() == 2);
        CHECK(csv.table.separator == u';');
        CHECK(csv.rows.at(0).value == 12.5);
        CHECK(csv.rows.at(1).note == u"Ny rutin"_s);
        CHECK(csv.rows.at(1).period == QDate(2027, 2, 1));
    }
    SECTION("commas with quoted decimal commas and a quote inside a quote")
    {
        const MeasureCsv csv = read("period,value,note\n2027-01,\"12,5\",\"Han sa \"\"nu\"\", och sen\"\n2027-02,7,\n");
        REQUIRE(csv.problems.isEmpty());
        CHECK(csv.table.separator == u',');
        CHECK(csv.rows.at(0).value == 12.5);
        CHECK(csv.rows.at(0).note == u"Han sa \"nu\", och sen"_s);
        CHECK(csv.rows.at(1).value == 7);
    }
    SECTION("tabs, numerator and denominator, a note over two lines")
    {
        const MeasureCsv csv = read("kvartal\tt\xc3\xa4ljare\tn\xc3\xa4mnare\tkommentar\n2027-K1\t3\t120\t\"PDSA 1\nstartad\"\n2027-K2\t5\t130\t\n");
        REQUIRE(csv.problems.isEmpty());
        CHECK(csv.table.separator == u'\t');
        CHECK(csv.hasDenominator);
        CHECK(csv.rows.at(0).denominator == 120);
        CHECK(csv.rows.at(0).note == u"PDSA 1\nstartad"_s);
        CHECK(csv.rows.at(1).line == 4);
    }
    SECTION("UTF-8 with a BOM")
    {
        const MeasureCsv csv = read("\xef\xbb\xbfperiod;v\xc3\xa4rde\n2027-01;1\n");
        CHECK(csv.table.encoding == u"UTF-8"_s);
        CHECK(csv.table.header.first() == u"period"_s);
        CHECK(csv.rows.size() == 1);
    }
    SECTION("Windows-1252: å, ä, ö and the euro sign")
    {
        const MeasureCsv csv = read("m\xe5nad;v\xe4rde;anteckning\n2027-01;4;F\xf6rb\xe4ttring \x80\n");
        CHECK(csv.table.encoding == u"Windows-1252"_s);
        REQUIRE(csv.problems.isEmpty());
        CHECK(csv.rows.at(0).note == u"Förbättring €"_s);
    }
    SECTION("an empty value is a missing period, not an error")
    {
        const MeasureCsv csv = read("period;värde\n2027-01;4\n2027-02;\n2027-03;6\n");
        REQUIRE(csv.problems.isEmpty());
        CHECK_FALSE(csv.rows.at(1).value.has_value());
    }
}

TEST_CASE("every bad row is named with its line, column and what was wrong")
{
    const MeasureCsv csv = read("period;täljare;nämnare\n"
                                "2027-01;3;40\n"
                                "mars;3;40\n"
                                "2027-03;tre;40\n"
                                "2027-04;3;\n"
                                "2027-05;3;-2\n"
                                "2027-01;1;10\n"
                                ";1;10\n");
    const QString text = problems(csv);
    INFO(text.toStdString());
    REQUIRE(csv.problems.size() == 6);
    CHECK(text.contains(u"Line 3, column period: “mars” is not a period"_s));
    CHECK(text.contains(u"Line 4, column täljare: “tre” is not a number."_s));
    CHECK(text.contains(u"Line 5, column nämnare: a value needs both"_s));
    CHECK(text.contains(u"Line 6, column nämnare: the denominator cannot be negative."_s));
    CHECK(text.contains(u"Line 7, column period: 2027-01 comes twice."_s));
    CHECK(text.contains(u"Line 8, column period: the period is empty."_s));

    SECTION("files that cannot be read at all name the file")
    {
        MeasureCsv result;
        QString error;
        CHECK_FALSE(CsvFile::readMeasure("", u"/data/tom.csv"_s, true, &result, &error));
        CHECK(error.contains(u"tom.csv"_s));
        CHECK_FALSE(CsvFile::readMeasure("period;antal patienter\n2027-01;3\n", u"/x/fel.csv"_s, true, &result, &error));
        CHECK(error.contains(u"fel.csv"_s));
        CHECK(error.contains(u"värde"_s));
        CHECK_FALSE(CsvFile::readMeasure("värde\n3\n", u"/x/utan.csv"_s, true, &result, &error));
        CHECK(error.contains(u"period"_s));
        CHECK_FALSE(CsvFile::readMeasure("period;täljare\n2027-01;3\n", u"/x/halv.csv"_s, true, &result, &error));
        CHECK(error.contains(u"nämnare"_s));
        CHECK_FALSE(CsvFile::readMeasure("period;värde\n2027-01;\"3\n", u"/x/citat.csv"_s, true, &result, &error));
        CHECK(error.contains(u"line 2"_s));
    }
}

namespace {

struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CommandResult runLeda(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(LEDA_TEST_LEDA));
    process.setArguments(QStringList{u"measures"_s, u"--lang"_s, u"en"_s} + arguments);
    process.start();
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("leda measures analyse prints the analysis as JSON and refuses bad input")
{
    QTemporaryDir dir;
    const QString cdi = dir.filePath(u"cdi.csv"_s);
    {
        QFile file(cdi);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("value\n17\n12\n27\n20\n20\n18\n22\n19\n19\n24\n17\n16\n24\n19\n19\n22\n25\n19\n17\n6\n25\n17\n11\n14\n"
                   "9\n11\n7\n13\n5\n5\n3\n5\n9\n4\n5\n9\n");
    }
    SECTION("a run chart with its signals")
    {
        const CommandResult result = runLeda({u"analyse"_s, u"--csv"_s, cdi});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        CHECK(json.value(u"signal"_s).toBool());
        const QJsonObject phase = json.value(u"phases"_s).toArray().first().toObject();
        CHECK(phase.value(u"centre"_s).toDouble() == 17);
        CHECK(phase.value(u"useful"_s).toInt() == 32);
        CHECK(phase.value(u"longestRun"_s).toInt() == 14);
        CHECK(phase.value(u"longestRunLimit"_s).toInt() == 8);
        CHECK(phase.value(u"crossings"_s).toInt() == 6);
        CHECK(phase.value(u"crossingsLimit"_s).toInt() == 11);
        CHECK(phase.value(u"signals"_s).toArray()
              == QJsonArray{u"long-run"_s, u"few-crossings"_s});
    }
    SECTION("a C chart in two phases with limits per point")
    {
        const CommandResult result = runLeda({u"analyse"_s, u"--csv"_s, cdi, u"--chart"_s, u"c"_s, u"--split"_s, u"24"_s});
        REQUIRE(result.exitCode == 0);
        const QJsonArray phases = QJsonDocument::fromJson(result.out).object().value(u"phases"_s).toArray();
        REQUIRE(phases.size() == 2);
        const QJsonObject second = phases.at(1).toObject();
        CHECK(second.value(u"first"_s).toInt() == 25);
        CHECK(second.value(u"centre"_s).toDouble() == Approx(7.0833).margin(0.00005));
        CHECK(second.value(u"upper"_s).toArray().size() == 12);
        CHECK(second.value(u"upper"_s).toArray().at(0).toDouble() == Approx(15.0677).margin(0.00005));
    }
    SECTION("frozen and excluded")
    {
        const CommandResult result =
            runLeda({u"analyse"_s, u"--csv"_s, cdi, u"--freeze"_s, u"24"_s, u"--exclude"_s, u"20"_s});
        REQUIRE(result.exitCode == 0);
        const QJsonObject phase = QJsonDocument::fromJson(result.out).object().value(u"phases"_s).toArray().first().toObject();
        CHECK(phase.value(u"baseline"_s).toInt() == 24);
        CHECK(phase.value(u"centre"_s).toDouble() == 19);
        CHECK(phase.value(u"useful"_s).toInt() == 30); // point 20 (6) is left out
    }
    SECTION("bad input: exit code and a message")
    {
        CommandResult result = runLeda({u"analyse"_s, u"--csv"_s, cdi, u"--chart"_s, u"x"_s});
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains(u"unknown chart"_s));
        result = runLeda({u"analyse"_s, u"--csv"_s, cdi, u"--split"_s, u"40"_s});
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains(u"40"_s));
        result = runLeda({u"analyse"_s, u"--csv"_s, dir.filePath(u"saknas.csv"_s)});
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains(u"saknas.csv"_s));
        result = runLeda({u"analyse"_s, u"--csv"_s, cdi, u"--chart"_s, u"p"_s});
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains(u"denominator"_s));
        const QString bad = dir.filePath(u"bad.csv"_s);
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("value\n3\nfyra\n5\n");
        file.close();
        result = runLeda({u"analyse"_s, u"--csv"_s, bad});
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains(u"Line 3, column value: “fyra” is not a number."_s));
        CHECK(result.out.isEmpty());
    }
}
