#include "core/content/filmtimeline.h"
#include "core/timeformat.h"

#include "support/catchqt.h"

using namespace Leda;
using namespace Qt::StringLiterals;

TEST_CASE("the chapter at a position is the last one that has started")
{
    QList<Chapter> chapters(3);
    chapters[0].startMs = 0;
    chapters[1].startMs = 40'000;
    chapters[2].startMs = 95'000;
    REQUIRE(FilmTimeline::chapterIndexAt(chapters, 0) == 0);
    REQUIRE(FilmTimeline::chapterIndexAt(chapters, 39'999) == 0);
    REQUIRE(FilmTimeline::chapterIndexAt(chapters, 40'000) == 1);
    REQUIRE(FilmTimeline::chapterIndexAt(chapters, 94'999) == 1);
    REQUIRE(FilmTimeline::chapterIndexAt(chapters, 500'000) == 2);
    chapters[0].startMs = 1000;
    REQUIRE(FilmTimeline::chapterIndexAt(chapters, 500) == -1);
    REQUIRE(FilmTimeline::chapterIndexAt({}, 500) == -1);
}

TEST_CASE("the caption at a position is the cue that covers it, none between cues")
{
    const QList<Cue> cues{{1000, 3000, u"ett"_s}, {3000, 5000, u"två"_s}, {6000, 8000, u"tre"_s}};
    REQUIRE(FilmTimeline::cueIndexAt(cues, 0) == -1);
    REQUIRE(FilmTimeline::cueIndexAt(cues, 1000) == 0);
    REQUIRE(FilmTimeline::cueIndexAt(cues, 2999) == 0);
    REQUIRE(FilmTimeline::cueIndexAt(cues, 3000) == 1);
    REQUIRE(FilmTimeline::cueIndexAt(cues, 5500) == -1);
    REQUIRE(FilmTimeline::cueIndexAt(cues, 7999) == 2);
    REQUIRE(FilmTimeline::cueIndexAt(cues, 8000) == -1);
    const QList<Cue> overlapping{{0, 10'000, u"lång"_s}, {2000, 3000, u"kort"_s}};
    REQUIRE(FilmTimeline::cueIndexAt(overlapping, 2500) == 1);
    REQUIRE(FilmTimeline::cueIndexAt(overlapping, 5000) == 0);
}

TEST_CASE("a film counts as watched from 90 per cent")
{
    REQUIRE_FALSE(FilmTimeline::countsAsWatched(0, 0));
    REQUIRE_FALSE(FilmTimeline::countsAsWatched(89'999, 100'000));
    REQUIRE(FilmTimeline::countsAsWatched(90'000, 100'000));
    REQUIRE(FilmTimeline::countsAsWatched(100'000, 100'000));
}

TEST_CASE("film times are shown as m:ss or h:mm:ss")
{
    REQUIRE(formatClock(0) == u"0:00"_s);
    REQUIRE(formatClock(65'400) == u"1:05"_s);
    REQUIRE(formatClock(3'723'000) == u"1:02:03"_s);
    REQUIRE(formatClock(-5) == u"0:00"_s);
}
