#include "core/content/webvtt.h"
#include "support/testpaths.h"

#include "support/catchqt.h"

#include <QTemporaryDir>

using namespace Leda;
using namespace Qt::StringLiterals;

TEST_CASE("WebVTT timestamps")
{
    REQUIRE(WebVtt::parseTimestamp(u"00:00:01.500"_s) == 1500);
    REQUIRE(WebVtt::parseTimestamp(u"01:02.003"_s) == 62'003);
    REQUIRE(WebVtt::parseTimestamp(u"02:00:00.000"_s) == 7'200'000);
    REQUIRE(WebVtt::parseTimestamp(u"1:2.3"_s) == -1);
    REQUIRE(WebVtt::parseTimestamp(u"00:61:00.000"_s) == -1);
    REQUIRE(WebVtt::parseTimestamp(u"abc"_s) == -1);
    REQUIRE(WebVtt::formatTimestamp(3'723'004) == u"01:02:03.004"_s);
}

TEST_CASE("WebVTT cues with identifiers, several lines, notes and åäö")
{
    const QString text = u"WEBVTT - Leda\n"
                         "Kind: captions\n"
                         "\n"
                         "NOTE en kommentar\nsom fortsätter\n"
                         "\n"
                         "1\n"
                         "00:00:01.200 --> 00:00:04.000 line:90%\n"
                         "Förbättringsarbete börjar\n"
                         "i ledningsgruppen.\n"
                         "\n"
                         "00:00:04.000 --> 00:01:05.250\n"
                         "<i>Så här ser det ut i dag</i> &amp; så vill vi ha det.\n"
                         "\n\n\n"
                         "tredje\n"
                         "01:00:00.000 --> 01:00:02.000\n"
                         "Åsa, Örjan och Ärlig.\n"_s;
    const auto result = WebVtt::parse(text);
    REQUIRE(result.ok());
    REQUIRE(result.cues.size() == 3);
    REQUIRE(result.cues.at(0).startMs == 1200);
    REQUIRE(result.cues.at(0).endMs == 4000);
    REQUIRE(result.cues.at(0).text == u"Förbättringsarbete börjar\ni ledningsgruppen."_s);
    REQUIRE(result.cues.at(1).endMs == 65'250);
    REQUIRE(result.cues.at(1).text == u"Så här ser det ut i dag & så vill vi ha det."_s);
    REQUIRE(result.cues.at(2).startMs == 3'600'000);
    REQUIRE(result.cues.at(2).text == u"Åsa, Örjan och Ärlig."_s);
}

TEST_CASE("WebVTT with Windows line ends and a byte order mark")
{
    const auto result = WebVtt::parse(u"\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:02.000\r\nHej\r\n"_s);
    REQUIRE(result.ok());
    REQUIRE(result.cues.size() == 1);
    REQUIRE(result.cues.first().text == u"Hej"_s);
    REQUIRE(result.cues.first().endMs == 2000);
}

TEST_CASE("malformed WebVTT gives an error naming the line, not a crash")
{
    SECTION("missing header")
    {
        const auto result = WebVtt::parse(u"00:00:01.000 --> 00:00:02.000\nText\n"_s);
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.error.contains(u"line 1"_s));
        REQUIRE(result.cues.isEmpty());
    }
    SECTION("broken timing")
    {
        const auto result = WebVtt::parse(u"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nEtt\n\n00:00:0x.000 --> 00:00:03\nTvå\n"_s);
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.error.contains(u"line 6"_s));
        REQUIRE(result.cues.isEmpty());
    }
    SECTION("a cue without timing")
    {
        const auto result = WebVtt::parse(u"WEBVTT\n\nid\nbara text\n"_s);
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.error.contains(u"line 4"_s));
    }
    SECTION("end before start")
    {
        REQUIRE_FALSE(WebVtt::parse(u"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBakåt\n"_s).ok());
    }
    SECTION("empty input and random bytes")
    {
        REQUIRE_FALSE(WebVtt::parse({}).ok());
        QString noise;
        for (int i = 0; i < 2000; ++i)
            noise += QChar(char16_t((i * 7919) % 0xD000 + 1));
        REQUIRE_FALSE(WebVtt::parse(noise).ok());
        REQUIRE_FALSE(WebVtt::parse(u"WEBVTT\n\n-->\n-->\n"_s).ok());
    }
}

TEST_CASE("WebVTT files: written cues read back identically — unreadable files give an error with the path")
{
    const QList<Cue> cues{{0, 1500, u"Första raden\nandra raden"_s}, {1500, 3000, u"<b> & </b> är inte märkning"_s}};
    const auto parsed = WebVtt::parse(WebVtt::write(cues));
    REQUIRE(parsed.ok());
    REQUIRE(parsed.cues.size() == 2);
    REQUIRE(parsed.cues.at(0).text == cues.at(0).text);
    REQUIRE(parsed.cues.at(1).text == cues.at(1).text); // escaped on write, so not read as tags
    REQUIRE(parsed.cues.at(1).startMs == 1500);

    const auto missing = WebVtt::parseFile(u"/nonexistent/film.vtt"_s);
    REQUIRE_FALSE(missing.ok());
    REQUIRE(missing.error.contains(u"/nonexistent/film.vtt"_s));

    const auto real = WebVtt::parseFile(TestPaths::data(u"own-film-course/01-own-film/film.vtt"_s));
    REQUIRE(real.ok());
    REQUIRE(real.cues.size() == 2);
}
