#pragma once

#include <QList>
#include <QString>

#include <optional>

// Statistical process control for the group's measures: run charts with the Anhøj rules and
// Shewhart control charts (I, P, U, C). Pure functions; the charts, the room view, the exports
// and `leda measures analyse` all read the same Spc::Analysis.
namespace Leda::Spc {

enum class ChartType { Run, I, P, U, C };

QString chartTypeKey(ChartType type); // "run", "i", "p", "u", "c"
std::optional<ChartType> chartTypeFromKey(const QString &key);

// One period's value. For P and U charts, value is the numerator (count) and denominator the
// sample size or exposure; for the others denominator is ignored. A missing value is a period
// with no data: drawn as a gap, left out of every calculation.
struct Observation
{
    std::optional<double> value;
    std::optional<double> denominator;
    bool excluded = false; // drawn grey; left out of the centre line, limits and rules
};

struct Options
{
    ChartType chart = ChartType::Run;
    int freeze = 0;           // >0: the first phase's centre line and limits come from its first K points
    QList<int> splits;        // a new phase begins after each of these points (1-based, ascending)
    bool screenMovingRanges = false; // I chart: leave out moving ranges above 3.267 × their mean
    double multiplier = 1;    // values with a denominator are shown per `multiplier` units (1000 vårddygn, 100 %)
};

struct Phase
{
    int first = 0; // index of the phase's first point (0-based)
    int last = 0;  // index of its last point
    int baseline = 0; // how many of its points the centre line and limits come from
    double centre = 0;
    // Per point of the phase (index - first): the limits, empty for a run chart or when the
    // point has no value. P, U: they vary with the denominator.
    QList<std::optional<double>> lower;
    QList<std::optional<double>> upper;

    int useful = 0;          // points with a value, not excluded and not on the centre line
    int longestRun = 0;      // most useful points in a row on the same side
    int longestRunSide = 0;  // +1 above the centre line, -1 below (the first such run)
    int longestRunLimit = 0; // round(log2(useful)) + 3
    int lastLongRun = 0;     // the most recent run longer than the limit (0: none), and its side
    int lastLongRunSide = 0;
    int crossings = 0;       // times consecutive useful points change side
    int crossingsLimit = 0;  // smallest c with P(Bin(useful - 1, 0.5) <= c) >= 0.05
    QList<int> longRunPoints; // indices of the points in runs longer than the limit
    QList<int> outside;      // indices of points outside the limits (control charts)
    int outsideAbove = 0;

    bool longRun() const { return useful > 0 && longestRun > longestRunLimit; }
    bool fewCrossings() const { return useful > 1 && crossings < crossingsLimit; }
    bool signal() const { return longRun() || fewCrossings() || !outside.isEmpty(); }
};

struct Analysis
{
    ChartType chart = ChartType::Run;
    QList<std::optional<double>> y; // the plotted value per point (numerator / denominator × multiplier when there is a denominator)
    QList<bool> excluded;
    QList<Phase> phases;
    bool signal() const;
};

// Checks the options against the data; false with a translated reason when they do not fit
// (a split outside the series, a freeze beyond the first phase, a negative count …).
bool validate(const QList<Observation> &observations, const Options &options, QString *error);

// Analyses the observations; call validate() first.
Analysis analyse(const QList<Observation> &observations, const Options &options);

// The statistics' building blocks, exposed for tests.
double median(QList<double> values);
int longestRunLimit(int useful);
int crossingsLimit(int useful);

} // namespace Leda::Spc
