#pragma once

#include "core/measures/spc.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Leda {

// One of the group's measures: what it measures, how often, and how a value is made.
struct Measure
{
    enum class Kind { Outcome, Process, Balancing };          // resultatmått, processmått, balansmått
    enum class Better { Higher, Lower, Neither };
    enum class Period { Week, Month, Quarter };
    enum class ValueType { Measurement, Count, Proportion, Rate };

    qint64 id = 0;
    qint64 groupId = 0;
    QString name;
    Kind kind = Kind::Outcome;
    QString definition; // the operational definition: what is counted, from where, how
    QString unit;
    Better better = Better::Higher;
    std::optional<double> target;
    Period period = Period::Month;
    ValueType valueType = ValueType::Measurement;
    double perUnits = 1;     // a proportion in per cent: 100; a rate per 1 000 vårddygn: 1000
    std::optional<Spc::ChartType> chart; // empty: a run chart
    QDate baselineEnd;       // valid: the baseline is frozen at this period
    bool screenMovingRanges = false;
    bool archived = false;

    bool hasDenominator() const { return valueType == ValueType::Proportion || valueType == ValueType::Rate; }
};

// One period's value of a measure, with what happened then.
struct MeasureValue
{
    qint64 id = 0;
    QDate period; // the period's first day
    std::optional<double> value;       // a measurement, a count, or a numerator
    std::optional<double> denominator; // for proportions and rates
    bool excluded = false;
    QString excludeReason;
    QString note;          // a change idea, a PDSA cycle, an event: drawn on the chart
    bool newPhase = false; // a new phase (own centre line and limits) begins at this period
};

// The rules that turn a measure and its values into a chart's points: one per period from the
// first to the last value (a period without a value is a gap), with the options its settings
// give. Every view and export goes through here.
class MeasureSeries final
{
    Q_DECLARE_TR_FUNCTIONS(MeasureSeries)

public:
    MeasureSeries(const Measure &measure, QList<MeasureValue> values);

    const Measure &measure() const { return m_measure; }
    const QList<QDate> &periods() const { return m_periods; }
    const QList<Spc::Observation> &observations() const { return m_observations; }
    const QList<QString> &notes() const { return m_notes; } // per point
    Spc::Options options() const;
    Spc::ChartType chart() const;
    bool isValid(QString *error) const;
    Spc::Analysis analysis() const;

    // Plain sentences a manager reads under the chart: what the rules found, or that they found
    // nothing, per phase.
    QStringList signalSentences(const Spc::Analysis &analysis) const;

    static QDate periodStart(const QDate &date, Measure::Period period);
    static QDate nextPeriod(const QDate &start, Measure::Period period);
    static QDate shiftPeriods(const QDate &start, Measure::Period period, int count); // count < 0: earlier
    static QString periodLabel(const QDate &start, Measure::Period period);

    static QString kindKey(Measure::Kind kind);
    static Measure::Kind kindFromKey(const QString &key);
    static QString kindName(Measure::Kind kind);
    static QString betterKey(Measure::Better better);
    static Measure::Better betterFromKey(const QString &key);
    static QString periodKey(Measure::Period period);
    static Measure::Period periodFromKey(const QString &key);
    static QString valueTypeKey(Measure::ValueType type);
    static Measure::ValueType valueTypeFromKey(const QString &key);
    // The charts that fit a value type: a run chart always, and its control chart.
    static QList<Spc::ChartType> chartsFor(Measure::ValueType type);
    static QString chartName(Spc::ChartType chart);

private:
    Measure m_measure;
    QList<QDate> m_periods;
    QList<Spc::Observation> m_observations;
    QList<QString> m_notes;
    QList<int> m_splits;
    int m_freeze = 0;
};

} // namespace Leda
