#include "core/measures/measure.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

template<typename Enum>
struct KeyTable
{
    QList<std::pair<Enum, QString>> keys;

    QString key(Enum value) const
    {
        for (const auto &[candidate, key] : keys) {
            if (candidate == value)
                return key;
        }
        return keys.first().second;
    }
    Enum value(const QString &key) const
    {
        for (const auto &[candidate, known] : keys) {
            if (known == key)
                return candidate;
        }
        return keys.first().first;
    }
};

const KeyTable<Measure::Kind> kKinds{{{Measure::Kind::Outcome, u"outcome"_s},
                                      {Measure::Kind::Process, u"process"_s},
                                      {Measure::Kind::Balancing, u"balancing"_s}}};
const KeyTable<Measure::Better> kBetter{{{Measure::Better::Higher, u"up"_s},
                                         {Measure::Better::Lower, u"down"_s},
                                         {Measure::Better::Neither, u"none"_s}}};
const KeyTable<Measure::Period> kPeriods{{{Measure::Period::Month, u"month"_s},
                                          {Measure::Period::Week, u"week"_s},
                                          {Measure::Period::Quarter, u"quarter"_s}}};
const KeyTable<Measure::ValueType> kValueTypes{{{Measure::ValueType::Measurement, u"measurement"_s},
                                                {Measure::ValueType::Count, u"count"_s},
                                                {Measure::ValueType::Proportion, u"proportion"_s},
                                                {Measure::ValueType::Rate, u"rate"_s}}};

} // namespace

MeasureSeries::MeasureSeries(const Measure &measure, QList<MeasureValue> values)
    : m_measure(measure)
{
    std::sort(values.begin(), values.end(),
              [](const MeasureValue &a, const MeasureValue &b) { return a.period < b.period; });
    // Values without a number and without a note say nothing; they do not stretch the chart.
    values.erase(std::remove_if(values.begin(), values.end(),
                                [](const MeasureValue &v) { return !v.value && v.note.isEmpty(); }),
                 values.end());
    if (values.isEmpty())
        return;
    const QDate last = periodStart(values.last().period, measure.period);
    qsizetype next = 0;
    for (QDate period = periodStart(values.first().period, measure.period); period <= last;
         period = nextPeriod(period, measure.period)) {
        Spc::Observation observation;
        QString note;
        bool newPhase = false;
        while (next < values.size() && periodStart(values.at(next).period, measure.period) == period) {
            const MeasureValue &value = values.at(next++);
            observation.value = value.value;
            observation.denominator = measure.hasDenominator() ? value.denominator : std::nullopt;
            if (measure.hasDenominator() && !observation.denominator)
                observation.value.reset(); // half a proportion is no proportion
            observation.excluded = value.excluded;
            note = value.note;
            newPhase = value.newPhase;
        }
        if (newPhase && !m_periods.isEmpty())
            m_splits.append(int(m_periods.size()));
        if (measure.baselineEnd.isValid() && period <= periodStart(measure.baselineEnd, measure.period))
            m_freeze = int(m_periods.size()) + 1;
        m_periods.append(period);
        m_observations.append(observation);
        m_notes.append(note);
    }
    // A frozen baseline belongs to the first phase.
    if (!m_splits.isEmpty())
        m_freeze = std::min(m_freeze, m_splits.first());
}

Spc::ChartType MeasureSeries::chart() const
{
    const Spc::ChartType chosen = m_measure.chart.value_or(Spc::ChartType::Run);
    return chartsFor(m_measure.valueType).contains(chosen) ? chosen : Spc::ChartType::Run;
}

Spc::Options MeasureSeries::options() const
{
    Spc::Options options;
    options.chart = chart();
    options.freeze = m_freeze;
    options.splits = m_splits;
    options.screenMovingRanges = m_measure.screenMovingRanges;
    options.multiplier = m_measure.hasDenominator() ? m_measure.perUnits : 1;
    return options;
}

bool MeasureSeries::isValid(QString *error) const
{
    return Spc::validate(m_observations, options(), error);
}

Spc::Analysis MeasureSeries::analysis() const
{
    return Spc::analyse(m_observations, options());
}

QStringList MeasureSeries::signalSentences(const Spc::Analysis &analysis) const
{
    // Values the chart cannot take (a numerator above its denominator) are said, not analysed.
    QString problem;
    if (!isValid(&problem))
        return {tr("The chart cannot be drawn: %1").arg(problem)};
    QStringList sentences;
    const bool median = analysis.chart == Spc::ChartType::Run;
    // Says whether a change in this direction is the one the group wants.
    auto judged = [this](int side) {
        if (m_measure.better == Measure::Better::Neither || side == 0)
            return QString();
        const bool better = (side > 0) == (m_measure.better == Measure::Better::Higher);
        return u" "_s + (better ? tr("It is an improvement.") : tr("It is a change for the worse."));
    };
    QStringList order;                  // each sentence once, in the order first found
    QHash<QString, QList<int>> phasesOf; // and the phases it is true of
    for (qsizetype p = 0; p < analysis.phases.size(); ++p) {
        const Spc::Phase &phase = analysis.phases.at(p);
        int points = 0;
        for (int i = phase.first; i <= phase.last; ++i)
            points += analysis.y.at(i) && !analysis.excluded.at(i) ? 1 : 0;
        QStringList found;
        if (phase.longRun()) {
            // The most recent long run: where the process is now, and whether that is for the better.
            const int run = phase.lastLongRun;
            const int side = phase.lastLongRunSide;
            QString text;
            if (median)
                text = side > 0 ? tr("Unusually long run: %n points in a row above the median — a sign of real change.",
                                     nullptr, run)
                                : tr("Unusually long run: %n points in a row below the median — a sign of real change.",
                                     nullptr, run);
            else
                text = side > 0 ? tr("Unusually long run: %n points in a row above the mean — a sign of real change.",
                                     nullptr, run)
                                : tr("Unusually long run: %n points in a row below the mean — a sign of real change.",
                                     nullptr, run);
            found.append(text + judged(side));
        }
        if (phase.fewCrossings()) {
            found.append(tr("Too few crossings: the line crosses the centre %n time(s) where at least %1 are expected "
                            "— a sign of real change.", nullptr, phase.crossings)
                             .arg(phase.crossingsLimit));
        }
        if (!phase.outside.isEmpty()) {
            const int below = int(phase.outside.size()) - phase.outsideAbove;
            const int side = below == 0 ? 1 : phase.outsideAbove == 0 ? -1 : 0;
            found.append(tr("%n point(s) outside the control limits — a special cause to look into.", nullptr,
                            int(phase.outside.size()))
                         + judged(side));
        }
        if (found.isEmpty()) {
            if (points > 0 && phase.useful == 0)
                found.append(tr("All points lie on the centre line: the rules cannot be tried."));
            else if (points > 0)
                found.append(tr("No sign of real change: the variation is what the process gives by itself (common "
                                "cause)."));
        }
        if (points > 0 && points < 10)
            found.append(tr("Only %n point(s) so far: the rules need about 10 before they can tell a change.", nullptr,
                            points));
        for (const QString &sentence : found) {
            if (!phasesOf.contains(sentence))
                order.append(sentence);
            phasesOf[sentence].append(int(p));
        }
    }
    // A sentence true of several phases is said once, naming them.
    for (const QString &sentence : std::as_const(order)) {
        const QList<int> phases = phasesOf.value(sentence);
        QString prefix;
        if (analysis.phases.size() > 1 && phases.size() == analysis.phases.size()) {
            prefix = tr("Every phase: ");
        } else if (analysis.phases.size() > 1) {
            QStringList named;
            for (int p : phases)
                named.append(tr("phase %1 (from %2)")
                                 .arg(p + 1)
                                 .arg(periodLabel(m_periods.value(analysis.phases.at(p).first), m_measure.period)));
            prefix = named.join(u", "_s) + u": "_s;
            prefix[0] = prefix.at(0).toUpper();
        }
        sentences.append(prefix + sentence);
    }
    if (sentences.isEmpty())
        sentences.append(tr("No values to judge from yet."));
    return sentences;
}

QDate MeasureSeries::periodStart(const QDate &date, Measure::Period period)
{
    switch (period) {
    case Measure::Period::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Measure::Period::Month:
        return QDate(date.year(), date.month(), 1);
    case Measure::Period::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return date;
}

QDate MeasureSeries::nextPeriod(const QDate &start, Measure::Period period)
{
    return shiftPeriods(start, period, 1);
}

QDate MeasureSeries::shiftPeriods(const QDate &start, Measure::Period period, int count)
{
    switch (period) {
    case Measure::Period::Week:
        return start.addDays(7 * count);
    case Measure::Period::Month:
        return start.addMonths(count);
    case Measure::Period::Quarter:
        return start.addMonths(3 * count);
    }
    return start.addDays(count);
}

QString MeasureSeries::periodLabel(const QDate &start, Measure::Period period)
{
    switch (period) {
    case Measure::Period::Week:
        return tr("week %1, %2").arg(start.weekNumber()).arg(start.addDays(3).year());
    case Measure::Period::Month:
        return start.toString(u"yyyy-MM"_s);
    case Measure::Period::Quarter:
        return tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    return start.toString(Qt::ISODate);
}

QString MeasureSeries::kindKey(Measure::Kind kind) { return kKinds.key(kind); }
Measure::Kind MeasureSeries::kindFromKey(const QString &key) { return kKinds.value(key); }
QString MeasureSeries::betterKey(Measure::Better better) { return kBetter.key(better); }
Measure::Better MeasureSeries::betterFromKey(const QString &key) { return kBetter.value(key); }
QString MeasureSeries::periodKey(Measure::Period period) { return kPeriods.key(period); }
Measure::Period MeasureSeries::periodFromKey(const QString &key) { return kPeriods.value(key); }
QString MeasureSeries::valueTypeKey(Measure::ValueType type) { return kValueTypes.key(type); }
Measure::ValueType MeasureSeries::valueTypeFromKey(const QString &key) { return kValueTypes.value(key); }

QString MeasureSeries::kindName(Measure::Kind kind)
{
    switch (kind) {
    case Measure::Kind::Outcome:
        return tr("Outcome measure");
    case Measure::Kind::Process:
        return tr("Process measure");
    case Measure::Kind::Balancing:
        return tr("Balancing measure");
    }
    return {};
}

QList<Spc::ChartType> MeasureSeries::chartsFor(Measure::ValueType type)
{
    switch (type) {
    case Measure::ValueType::Measurement:
        return {Spc::ChartType::Run, Spc::ChartType::I};
    case Measure::ValueType::Count:
        return {Spc::ChartType::Run, Spc::ChartType::C, Spc::ChartType::I};
    case Measure::ValueType::Proportion:
        return {Spc::ChartType::Run, Spc::ChartType::P, Spc::ChartType::I};
    case Measure::ValueType::Rate:
        return {Spc::ChartType::Run, Spc::ChartType::U, Spc::ChartType::I};
    }
    return {Spc::ChartType::Run};
}

QString MeasureSeries::chartName(Spc::ChartType chart)
{
    switch (chart) {
    case Spc::ChartType::Run:
        return tr("Run chart");
    case Spc::ChartType::I:
        return tr("I chart (XmR)");
    case Spc::ChartType::P:
        return tr("P chart");
    case Spc::ChartType::U:
        return tr("U chart");
    case Spc::ChartType::C:
        return tr("C chart");
    }
    return {};
}

} // namespace Leda
