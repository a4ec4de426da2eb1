#include "core/measures/spc.h"
#include "support/catchqt.h"

using namespace Leda;
using namespace Leda::Spc;

namespace {

// qicharts2's `cdi` data: 36 months of hospital-acquired C. difficile infections.
const QList<double> kCdi{17, 12, 27, 20, 20, 18, 22, 19, 19, 24, 17, 16, 24, 19, 19, 22, 25, 19,
                         17, 6,  25, 17, 11, 14, 9,  11, 7,  13, 5,  5,  3,  5,  9,  4,  5,  9};

QList<Observation> values(const QList<double> &numbers)
{
    QList<Observation> observations;
    for (double number : numbers)
        observations.append(Observation{number, std::nullopt, false});
    return observations;
}

QList<Observation> ratios(const QList<double> &numerators, const QList<double> &denominators)
{
    QList<Observation> observations;
    for (qsizetype i = 0; i < numerators.size(); ++i)
        observations.append(Observation{numerators.at(i), denominators.at(i), false});
    return observations;
}

Analysis analysed(const QList<Observation> &observations, const Options &options)
{
    QString error;
    INFO(error.toStdString());
    REQUIRE(validate(observations, options, &error));
    return analyse(observations, options);
}

} // namespace

TEST_CASE("the Anhøj limits follow their definitions")
{
    // Longest run: round(log2(n)) + 3.
    CHECK(longestRunLimit(10) == 6);
    CHECK(longestRunLimit(20) == 7);
    CHECK(longestRunLimit(32) == 8);
    CHECK(longestRunLimit(100) == 10);
    // Crossings: the 5th percentile of Binomial(n - 1, 0.5), as tabulated by Anhøj and Olesen.
    CHECK(crossingsLimit(10) == 2); // P(X <= 1) = 10/512 < 0.05 <= P(X <= 2) = 46/512
    CHECK(crossingsLimit(20) == 6);
    CHECK(crossingsLimit(30) == 10);
    CHECK(crossingsLimit(32) == 11);
    CHECK(crossingsLimit(100) == 41);
    // A long series does not underflow: about n/2 - 1.645·√n/2.
    const int limit = crossingsLimit(5000);
    CHECK(limit > 2430);
    CHECK(limit < 2445);
    CHECK(median({3, 1, 2}) == 2);
    CHECK(median({4, 1, 3, 2}) == 2.5);
}

TEST_CASE("the cdi reference: run chart, frozen baseline and two phases")
{
    SECTION("one run chart over 36 months: a long run and too few crossings")
    {
        const Analysis analysis = analysed(values(kCdi), Options{});
        REQUIRE(analysis.phases.size() == 1);
        const Phase &phase = analysis.phases.first();
        CHECK(phase.centre == 17);
        CHECK(phase.useful == 32);
        CHECK(phase.longestRun == 14);
        CHECK(phase.longestRunLimit == 8);
        CHECK(phase.longestRunSide == -1);
        // The run: months 23 to 36 (indices 22 to 35), all below 17.
        REQUIRE(phase.longRunPoints.size() == 14);
        CHECK(phase.longRunPoints.first() == 22);
        CHECK(phase.longRunPoints.last() == 35);
        CHECK(phase.crossings == 6);
        CHECK(phase.crossingsLimit == 11);
        CHECK(phase.longRun());
        CHECK(phase.fewCrossings());
        CHECK(analysis.signal());
    }
    SECTION("baseline frozen at 24 points: median 19, rules on all 36")
    {
        Options options;
        options.freeze = 24;
        const Analysis analysis = analysed(values(kCdi), options);
        const Phase &phase = analysis.phases.first();
        CHECK(phase.centre == 19);
        CHECK(phase.baseline == 24);
        CHECK(phase.useful == 31);
        CHECK(phase.longestRun == 15);
        CHECK(phase.longRun());
    }
    SECTION("split after point 24: each phase its own median, no signal")
    {
        Options options;
        options.splits = {24};
        const Analysis analysis = analysed(values(kCdi), options);
        REQUIRE(analysis.phases.size() == 2);
        CHECK(analysis.phases.at(0).centre == 19);
        CHECK(analysis.phases.at(1).centre == 6);
        CHECK(analysis.phases.at(0).first == 0);
        CHECK(analysis.phases.at(0).last == 23);
        CHECK(analysis.phases.at(1).first == 24);
        CHECK_FALSE(analysis.phases.at(0).signal());
        CHECK_FALSE(analysis.phases.at(1).signal());
    }
    SECTION("C chart split after point 24")
    {
        Options options;
        options.chart = ChartType::C;
        options.splits = {24};
        const Analysis analysis = analysed(values(kCdi), options);
        REQUIRE(analysis.phases.size() == 2);
        const Phase &first = analysis.phases.at(0);
        const Phase &second = analysis.phases.at(1);
        CHECK(first.centre == Approx(18.7083).margin(0.00005));
        CHECK(*first.lower.at(0) == Approx(5.7324).margin(0.00005));
        CHECK(*first.upper.at(0) == Approx(31.6843).margin(0.00005));
        CHECK(second.centre == Approx(7.0833).margin(0.00005));
        CHECK(*second.lower.at(0) == 0);
        CHECK(*second.upper.at(0) == Approx(15.0677).margin(0.00005));
    }
}

TEST_CASE("a run chart with few points, equal points and points on the median")
{
    SECTION("five points: the rules are computed, no signal")
    {
        const Phase phase = analysed(values({1, 2, 3, 4, 5}), Options{}).phases.first();
        CHECK(phase.centre == 3);
        CHECK(phase.useful == 4); // 3 lies on the median
        CHECK(phase.longestRun == 2);
        CHECK(phase.crossings == 1);
        CHECK(phase.crossingsLimit == 0);
        CHECK_FALSE(phase.signal());
    }
    SECTION("all values equal: nothing is useful, nothing signals, the I chart's limits close in")
    {
        const Phase run = analysed(values({4, 4, 4, 4, 4, 4}), Options{}).phases.first();
        CHECK(run.useful == 0);
        CHECK(run.longestRun == 0);
        CHECK_FALSE(run.signal());
        Options options;
        options.chart = ChartType::I;
        const Phase individual = analysed(values({4, 4, 4, 4, 4, 4}), options).phases.first();
        CHECK(*individual.lower.at(0) == 4);
        CHECK(*individual.upper.at(0) == 4);
        CHECK(individual.outside.isEmpty());
    }
    SECTION("a missing period and an excluded point are left out of every calculation")
    {
        QList<Observation> observations = values({10, 20, 30, 40, 1000});
        observations[1].value.reset();
        observations[4].excluded = true;
        const Analysis analysis = analysed(observations, Options{});
        CHECK_FALSE(analysis.y.at(1).has_value());
        CHECK(analysis.excluded.at(4));
        const Phase &phase = analysis.phases.first();
        CHECK(phase.centre == 30); // median of 10, 30, 40
        CHECK(phase.useful == 2);
    }
}

TEST_CASE("the I chart: mean, moving ranges and screening")
{
    Options options;
    options.chart = ChartType::I;
    const Phase phase = analysed(values({10, 12, 11, 15, 10}), options).phases.first();
    // Mean 11.6; moving ranges 2, 1, 4, 5 → 3; σ = 3 / 1.128.
    CHECK(phase.centre == Approx(11.6));
    CHECK(*phase.upper.at(0) == Approx(11.6 + 3 * 3 / 1.128).margin(1e-9));
    CHECK(*phase.lower.at(0) == Approx(3.621277).margin(0.00005));

    const QList<double> jump{10, 11, 10, 11, 10, 11, 10, 11, 10, 40};
    const Phase unscreened = analysed(values(jump), options).phases.first();
    // Moving ranges: eight of 1 and one of 30, mean 38/9.
    CHECK(*unscreened.upper.at(0) == Approx(13.4 + 3 * (38.0 / 9) / 1.128).margin(1e-9));
    CHECK(unscreened.outside.size() == 1);
    options.screenMovingRanges = true;
    const Phase screened = analysed(values(jump), options).phases.first();
    // 30 > 3.267 × 38/9 is left out: σ = 1 / 1.128.
    CHECK(*screened.upper.at(0) == Approx(13.4 + 3 / 1.128).margin(1e-9));
    // With the narrower limits the 40 is above and the 10s fall just below.
    CHECK(screened.outside.contains(9));
    CHECK(screened.outsideAbove == 1);
    CHECK(screened.outside.size() == 6);
    CHECK(screened.signal());
}

TEST_CASE("the P chart: limits vary with the denominator and stay within 0 and 1")
{
    Options options;
    options.chart = ChartType::P;
    const Analysis analysis = analysed(ratios({5, 10}, {50, 100}), options);
    const Phase &phase = analysis.phases.first();
    CHECK(phase.centre == Approx(0.1));
    CHECK(*phase.lower.at(0) == 0); // 0.1 - 0.1273 is clipped
    CHECK(*phase.upper.at(0) == Approx(0.1 + 3 * std::sqrt(0.09 / 50)).margin(1e-12));
    CHECK(*phase.lower.at(1) == Approx(0.01).margin(1e-12));
    CHECK(*phase.upper.at(1) == Approx(0.19).margin(1e-12));

    options.multiplier = 100; // in per cent
    const Phase percent = analysed(ratios({5, 10}, {50, 100}), options).phases.first();
    CHECK(percent.centre == Approx(10));
    CHECK(*percent.upper.at(1) == Approx(19).margin(1e-9));

    SECTION("a zero denominator is a gap, not a division by zero")
    {
        options.multiplier = 1;
        const Analysis gap = analysed(ratios({5, 0, 10}, {50, 0, 100}), options);
        CHECK_FALSE(gap.y.at(1).has_value());
        CHECK(gap.phases.first().centre == Approx(0.1));
        CHECK_FALSE(gap.phases.first().lower.at(1).has_value());
    }
    SECTION("a numerator above its denominator is refused with the point's number")
    {
        QString error;
        CHECK_FALSE(validate(ratios({5, 120}, {50, 100}), options, &error));
        CHECK(error.contains(QLatin1String("2")));
        CHECK(error.contains(QLatin1String("120")));
    }
}

TEST_CASE("the U chart: a rate per 1 000 with limits per exposure, floored at 0")
{
    Options options;
    options.chart = ChartType::U;
    options.multiplier = 1000;
    const Phase phase = analysed(ratios({2, 4}, {1000, 2000}), options).phases.first();
    CHECK(phase.centre == Approx(2));
    CHECK(*phase.upper.at(0) == Approx(2 + 3 * std::sqrt(0.002 / 1000) * 1000).margin(1e-9));
    CHECK(*phase.lower.at(0) == 0);
    CHECK(*phase.upper.at(1) == Approx(5).margin(1e-9));
    CHECK(*phase.lower.at(1) == 0);
}

TEST_CASE("options that do not fit the data are refused")
{
    QString error;
    Options options;
    options.splits = {40};
    CHECK_FALSE(validate(values(kCdi), options, &error));
    CHECK(error.contains(QLatin1String("40")));
    options.splits = {24, 12};
    CHECK_FALSE(validate(values(kCdi), options, &error));
    options.splits = {24};
    options.freeze = 30;
    CHECK_FALSE(validate(values(kCdi), options, &error));
    options.freeze = 20;
    CHECK(validate(values(kCdi), options, &error));
    Options c;
    c.chart = ChartType::C;
    CHECK_FALSE(validate(values({3, -1}), c, &error));
    CHECK_FALSE(validate(ratios({3, 1}, {10, 10}), c, &error));
    Options p;
    p.chart = ChartType::P;
    CHECK_FALSE(validate(values({3, 1}), p, &error));
}
