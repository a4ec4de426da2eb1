#include "core/measures/spc.h"

#include <QCoreApplication>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Leda::Spc {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(Spc)
};

// I chart: d2 for moving ranges of two points, and the upper limit of a moving range (D4).
constexpr double kD2 = 1.128;
constexpr double kMovingRangeLimit = 3.267;

bool isRatio(const Observation &observation)
{
    return observation.denominator.has_value();
}

std::optional<double> plotted(const Observation &observation, double multiplier)
{
    if (!observation.value)
        return std::nullopt;
    if (!isRatio(observation))
        return *observation.value;
    if (*observation.denominator <= 0)
        return std::nullopt; // no one at risk this period: no rate, a gap in the chart
    return *observation.value / *observation.denominator * multiplier;
}

// Points equal to the centre line up to rounding (a rate computed two ways may differ in the
// last bit) neither make nor break a run.
int sideOf(double value, double centre)
{
    const double tolerance = 1e-9 * std::max(1.0, std::abs(centre));
    if (std::abs(value - centre) <= tolerance)
        return 0;
    return value > centre ? 1 : -1;
}

double mean(const QList<double> &values)
{
    return values.isEmpty() ? 0 : std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
}

struct PhaseInput
{
    QList<int> points;   // indices with a value, not excluded
    QList<int> baseline; // the first of them (all unless frozen)
};

double centreLine(ChartType chart, const QList<Observation> &observations, const QList<std::optional<double>> &y,
                  const QList<int> &baseline, double multiplier)
{
    QList<double> values;
    for (int index : baseline)
        values.append(*y.at(index));
    switch (chart) {
    case ChartType::Run:
        return median(values);
    case ChartType::I:
    case ChartType::C:
        return mean(values);
    case ChartType::P:
    case ChartType::U: {
        double numerator = 0;
        double denominator = 0;
        for (int index : baseline) {
            numerator += *observations.at(index).value;
            denominator += *observations.at(index).denominator;
        }
        return denominator > 0 ? numerator / denominator * multiplier : 0;
    }
    }
    return 0;
}

// Mean moving range of consecutive baseline points; with screening, ranges above the upper
// range limit are left out and the mean taken again.
double meanMovingRange(const QList<std::optional<double>> &y, const QList<int> &baseline, bool screen)
{
    QList<double> ranges;
    for (qsizetype i = 1; i < baseline.size(); ++i)
        ranges.append(std::abs(*y.at(baseline.at(i)) - *y.at(baseline.at(i - 1))));
    double average = mean(ranges);
    if (screen) {
        QList<double> kept;
        std::copy_if(ranges.cbegin(), ranges.cend(), std::back_inserter(kept),
                     [average](double range) { return range <= kMovingRangeLimit * average; });
        average = mean(kept);
    }
    return average;
}

void computeLimits(Phase *phase, const Options &options, const QList<Observation> &observations,
                   const QList<std::optional<double>> &y, const QList<int> &baseline)
{
    const int count = phase->last - phase->first + 1;
    phase->lower = QList<std::optional<double>>(count);
    phase->upper = QList<std::optional<double>>(count);
    if (options.chart == ChartType::Run || baseline.isEmpty())
        return;
    const double centre = phase->centre;
    const double sigmaI = meanMovingRange(y, baseline, options.screenMovingRanges) / kD2;
    const double m = options.multiplier;
    for (int index = phase->first; index <= phase->last; ++index) {
        if (!y.at(index))
            continue;
        double spread = 0;
        double floor = -DBL_MAX;
        double ceiling = DBL_MAX;
        switch (options.chart) {
        case ChartType::Run:
            break;
        case ChartType::I:
            if (baseline.size() < 2)
                continue; // one point has no moving range
            spread = 3 * sigmaI;
            break;
        case ChartType::C:
            spread = 3 * std::sqrt(centre);
            floor = 0;
            break;
        case ChartType::P: {
            const double p = centre / m;
            spread = 3 * std::sqrt(p * (1 - p) / *observations.at(index).denominator) * m;
            floor = 0;
            ceiling = m;
            break;
        }
        case ChartType::U:
            spread = 3 * std::sqrt(centre / m / *observations.at(index).denominator) * m;
            floor = 0;
            break;
        }
        phase->lower[index - phase->first] = std::max(floor, centre - spread);
        phase->upper[index - phase->first] = std::min(ceiling, centre + spread);
    }
}

void runRules(Phase *phase, const QList<std::optional<double>> &y, const QList<int> &points)
{
    QList<QList<int>> runs; // the useful points, run by run
    int previousSide = 0;
    for (int index : points) {
        const int side = sideOf(*y.at(index), phase->centre);
        if (side == 0)
            continue;
        ++phase->useful;
        if (side != previousSide) {
            if (previousSide != 0)
                ++phase->crossings;
            runs.append(QList<int>());
        }
        runs.last().append(index);
        previousSide = side;
    }
    phase->longestRunLimit = longestRunLimit(phase->useful);
    phase->crossingsLimit = crossingsLimit(phase->useful);
    for (const QList<int> &run : std::as_const(runs)) {
        if (run.size() > phase->longestRun) {
            phase->longestRun = int(run.size());
            phase->longestRunSide = sideOf(*y.at(run.first()), phase->centre);
        }
        if (run.size() > phase->longestRunLimit) {
            phase->longRunPoints.append(run);
            phase->lastLongRun = int(run.size());
            phase->lastLongRunSide = sideOf(*y.at(run.first()), phase->centre);
        }
    }
}

void outsideLimits(Phase *phase, const QList<std::optional<double>> &y, const QList<int> &points)
{
    for (int index : points) {
        const auto &lower = phase->lower.at(index - phase->first);
        const auto &upper = phase->upper.at(index - phase->first);
        const double value = *y.at(index);
        if (upper && sideOf(value, *upper) > 0) {
            phase->outside.append(index);
            ++phase->outsideAbove;
        } else if (lower && sideOf(value, *lower) < 0) {
            phase->outside.append(index);
        }
    }
}

} // namespace

QString chartTypeKey(ChartType type)
{
    switch (type) {
    case ChartType::Run: return u"run"_s;
    case ChartType::I: return u"i"_s;
    case ChartType::P: return u"p"_s;
    case ChartType::U: return u"u"_s;
    case ChartType::C: return u"c"_s;
    }
    return u"run"_s;
}

std::optional<ChartType> chartTypeFromKey(const QString &key)
{
    for (ChartType type : {ChartType::Run, ChartType::I, ChartType::P, ChartType::U, ChartType::C}) {
        if (chartTypeKey(type) == key.toLower())
            return type;
    }
    return std::nullopt;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

int longestRunLimit(int useful)
{
    return useful > 0 ? int(std::lround(std::log2(double(useful)))) + 3 : 0;
}

int crossingsLimit(int useful)
{
    // The 5th percentile of Binomial(useful - 1, 0.5), summed in log space so that long series
    // do not underflow.
    const int trials = useful - 1;
    if (trials < 1)
        return 0;
    double cumulative = 0;
    for (int c = 0; c <= trials; ++c) {
        const double logProbability = std::lgamma(trials + 1.0) - std::lgamma(c + 1.0) - std::lgamma(trials - c + 1.0)
            + trials * std::log(0.5);
        cumulative += std::exp(logProbability);
        if (cumulative >= 0.05 * (1 - 64 * DBL_EPSILON))
            return c;
    }
    return trials;
}

bool Analysis::signal() const
{
    return std::any_of(phases.cbegin(), phases.cend(), [](const Phase &phase) { return phase.signal(); });
}

bool validate(const QList<Observation> &observations, const Options &options, QString *error)
{
    const qsizetype count = observations.size();
    int previous = 0;
    for (int split : options.splits) {
        if (split <= previous || split >= count) {
            *error = Text::tr("A new phase can begin after point 1 to %1, in increasing order; %2 does not fit.")
                         .arg(count - 1)
                         .arg(split);
            return false;
        }
        previous = split;
    }
    const int firstPhase = options.splits.isEmpty() ? int(count) : options.splits.first();
    if (options.freeze < 0 || options.freeze > firstPhase) {
        *error = Text::tr("The baseline can be frozen at point 1 to %1 (the end of the first phase); %2 does not fit.")
                     .arg(firstPhase)
                     .arg(options.freeze);
        return false;
    }
    const bool needsDenominator = options.chart == ChartType::P || options.chart == ChartType::U;
    for (qsizetype i = 0; i < count; ++i) {
        const Observation &observation = observations.at(i);
        if (!observation.value)
            continue;
        const QString point = Text::tr("Point %1: ").arg(i + 1);
        if (!std::isfinite(*observation.value)
            || (observation.denominator && !std::isfinite(*observation.denominator))) {
            *error = point + Text::tr("the value is not a number.");
            return false;
        }
        if (needsDenominator && !observation.denominator) {
            *error = point + Text::tr("a P or U chart needs a denominator for every value.");
            return false;
        }
        if (options.chart == ChartType::C && observation.denominator) {
            *error = point + Text::tr("a C chart takes counts without a denominator; use a U chart for rates.");
            return false;
        }
        const bool counted = options.chart == ChartType::C || needsDenominator;
        if (counted && *observation.value < 0) {
            *error = point + Text::tr("a count cannot be negative.");
            return false;
        }
        if (observation.denominator && *observation.denominator < 0) {
            *error = point + Text::tr("the denominator cannot be negative.");
            return false;
        }
        if (options.chart == ChartType::P && *observation.value > *observation.denominator) {
            *error = point + Text::tr("the numerator (%1) is larger than the denominator (%2).")
                                 .arg(*observation.value)
                                 .arg(*observation.denominator);
            return false;
        }
    }
    return true;
}

Analysis analyse(const QList<Observation> &observations, const Options &options)
{
    Analysis analysis;
    analysis.chart = options.chart;
    for (const Observation &observation : observations) {
        analysis.y.append(plotted(observation, options.multiplier));
        analysis.excluded.append(observation.excluded);
    }
    const int count = int(observations.size());
    if (count == 0)
        return analysis;

    QList<int> starts{0};
    for (int split : options.splits)
        starts.append(split);
    for (qsizetype p = 0; p < starts.size(); ++p) {
        Phase phase;
        phase.first = starts.at(p);
        phase.last = p + 1 < starts.size() ? starts.at(p + 1) - 1 : count - 1;
        const int baselineEnd = (p == 0 && options.freeze > 0) ? options.freeze - 1 : phase.last;
        phase.baseline = baselineEnd - phase.first + 1;
        QList<int> points;
        QList<int> baseline;
        for (int index = phase.first; index <= phase.last; ++index) {
            if (!analysis.y.at(index) || observations.at(index).excluded)
                continue;
            points.append(index);
            if (index <= baselineEnd)
                baseline.append(index);
        }
        if (!baseline.isEmpty())
            phase.centre = centreLine(options.chart, observations, analysis.y, baseline, options.multiplier);
        computeLimits(&phase, options, observations, analysis.y, baseline);
        if (!baseline.isEmpty()) {
            runRules(&phase, analysis.y, points);
            outsideLimits(&phase, analysis.y, points);
        }
        analysis.phases.append(phase);
    }
    return analysis;
}

} // namespace Leda::Spc
