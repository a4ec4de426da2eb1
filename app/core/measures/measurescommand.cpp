#include "core/measures/measurescommand.h"

#include "core/measures/csvfile.h"
#include "core/measures/spc.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

bool parsePoints(const QString &text, QList<int> *points)
{
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int point = part.trimmed().toInt(&ok);
        if (!ok || point < 1)
            return false;
        points->append(point);
    }
    return true;
}

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject phaseJson(const Spc::Phase &phase)
{
    QJsonArray lower;
    QJsonArray upper;
    for (qsizetype i = 0; i < phase.lower.size(); ++i) {
        lower.append(json(phase.lower.at(i)));
        upper.append(json(phase.upper.at(i)));
    }
    QJsonArray outside;
    for (int index : phase.outside)
        outside.append(index + 1);
    QJsonArray fired;
    if (phase.longRun())
        fired.append(u"long-run"_s);
    if (phase.fewCrossings())
        fired.append(u"few-crossings"_s);
    if (!phase.outside.isEmpty())
        fired.append(u"outside-limits"_s);
    return QJsonObject{
        {u"first"_s, phase.first + 1},
        {u"last"_s, phase.last + 1},
        {u"baseline"_s, phase.baseline},
        {u"centre"_s, phase.centre},
        {u"lower"_s, lower},
        {u"upper"_s, upper},
        {u"useful"_s, phase.useful},
        {u"longestRun"_s, phase.longestRun},
        {u"longestRunLimit"_s, phase.longestRunLimit},
        {u"crossings"_s, phase.crossings},
        {u"crossingsLimit"_s, phase.crossingsLimit},
        {u"outside"_s, outside},
        {u"signals"_s, fired},
    };
}

} // namespace

bool MeasuresCommand::isMeasures(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], "measures") == 0;
}

int MeasuresCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Analyse a measure's values as a run chart or a control chart."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"analyse"_s, tr("Analyse the values in a CSV file and print the result as JSON."));
    const QCommandLineOption csv(u"csv"_s, tr("The values: a column value, or numerator and denominator."), tr("file"));
    const QCommandLineOption chart(u"chart"_s, tr("run (the default), i, p, u or c."), tr("chart"));
    const QCommandLineOption freeze(u"freeze"_s, tr("Centre line and limits from the first K points."), u"K"_s);
    const QCommandLineOption split(u"split"_s, tr("A new phase begins after point K (several: K,K)."), u"K"_s);
    const QCommandLineOption exclude(u"exclude"_s, tr("Leave out points K (several: K,K)."), u"K"_s);
    const QCommandLineOption screen(u"screen-moving-ranges"_s, tr("I chart: leave out moving ranges above 3.267 × "
                                                                  "their mean."));
    const QCommandLineOption per(u"per"_s, tr("Show a rate per N units (for example 1000)."), u"N"_s);
    const QCommandLineOption lang(u"lang"_s, tr("Language of the messages: sv or en."), tr("language"));
    parser.addOptions({csv, chart, freeze, split, exclude, screen, per, lang});
    QStringList args = arguments;
    args.removeAt(1); // "measures"
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.positionalArguments() != QStringList{u"analyse"_s}) {
        err << tr("leda measures: the command is \"leda measures analyse --csv FILE\".") << '\n';
        return 2;
    }
    if (!parser.isSet(csv)) {
        err << tr("leda measures analyse: --csv is required.") << '\n';
        return 2;
    }

    Spc::Options options;
    if (parser.isSet(chart)) {
        const auto type = Spc::chartTypeFromKey(parser.value(chart));
        if (!type) {
            err << tr("leda measures analyse: unknown chart \"%1\"; use run, i, p, u or c.").arg(parser.value(chart))
                << '\n';
            return 2;
        }
        options.chart = *type;
    }
    QList<int> excluded;
    QList<int> freezeAt;
    if ((parser.isSet(freeze) && (!parsePoints(parser.value(freeze), &freezeAt) || freezeAt.size() != 1))
        || !parsePoints(parser.value(split), &options.splits) || !parsePoints(parser.value(exclude), &excluded)) {
        err << tr("leda measures analyse: --freeze, --split and --exclude take point numbers from 1, such as 12 or "
                  "12,24.")
            << '\n';
        return 2;
    }
    options.freeze = freezeAt.value(0);
    options.screenMovingRanges = parser.isSet(screen);
    if (parser.isSet(per)) {
        bool ok = false;
        options.multiplier = parser.value(per).toDouble(&ok);
        if (!ok || options.multiplier <= 0) {
            err << tr("leda measures analyse: --per takes a positive number, such as 1000.") << '\n';
            return 2;
        }
    }

    const QString path = parser.value(csv);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("leda measures analyse: cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
            << '\n';
        return 1;
    }
    MeasureCsv values;
    QString error;
    if (!CsvFile::readMeasure(file.readAll(), path, false, &values, &error)) {
        err << error << '\n';
        return 1;
    }
    if (!values.problems.isEmpty()) {
        for (const CsvProblem &problem : values.problems)
            err << QDir::toNativeSeparators(path) << ": " << CsvFile::problemText(problem) << '\n';
        return 1;
    }
    QList<Spc::Observation> observations;
    for (const MeasureCsvRow &row : values.rows)
        observations.append(Spc::Observation{row.value, row.denominator, false});
    for (int point : excluded) {
        if (point > observations.size()) {
            err << tr("leda measures analyse: there is no point %1 to exclude; the file has %2.")
                       .arg(point)
                       .arg(observations.size())
                << '\n';
            return 2;
        }
        observations[point - 1].excluded = true;
    }
    if (!Spc::validate(observations, options, &error)) {
        err << tr("leda measures analyse: %1").arg(error) << '\n';
        return 1;
    }
    const Spc::Analysis analysis = Spc::analyse(observations, options);
    QJsonArray y;
    for (const auto &value : analysis.y)
        y.append(json(value));
    QJsonArray phases;
    for (const Spc::Phase &phase : analysis.phases)
        phases.append(phaseJson(phase));
    const QJsonObject result{
        {u"chart"_s, Spc::chartTypeKey(analysis.chart)},
        {u"points"_s, int(observations.size())},
        {u"y"_s, y},
        {u"phases"_s, phases},
        {u"signal"_s, analysis.signal()},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace Leda
