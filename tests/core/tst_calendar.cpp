#include "core/meeting/dateinput.h"
#include "core/meeting/swedishcalendar.h"
#include "support/catchqt.h"

#include <algorithm>

using namespace Leda;
using namespace Qt::StringLiterals;

// Lets a failed comparison show the dates.
namespace Catch {
template<> struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace {

QDate parsed(const QString &text, const QDate &today = QDate(2027, 1, 20))
{
    const DateInput::Result result = DateInput::parse(text, today);
    INFO(text.toStdString() << " -> " << result.error.toStdString());
    CHECK(result.error.isEmpty());
    return result.date;
}

QString errorFor(const QString &text)
{
    const DateInput::Result result = DateInput::parse(text, QDate(2027, 1, 20));
    CHECK_FALSE(result.date.isValid());
    return result.error;
}

} // namespace

TEST_CASE("Easter and the holidays that hang off it")
{
    REQUIRE(SwedishCalendar::easterSunday(2026) == QDate(2026, 4, 5));
    REQUIRE(SwedishCalendar::easterSunday(2027) == QDate(2027, 3, 28));
    REQUIRE(SwedishCalendar::easterSunday(2024) == QDate(2024, 3, 31));
    REQUIRE(SwedishCalendar::easterSunday(2038) == QDate(2038, 4, 25)); // the latest possible

    const QList<QDate> days = SwedishCalendar::publicHolidays(2027);
    REQUIRE(days.size() == 16);
    REQUIRE(days.contains(QDate(2027, 3, 26))); // långfredagen
    REQUIRE(days.contains(QDate(2027, 3, 29))); // annandag påsk
    REQUIRE(days.contains(QDate(2027, 5, 6))); // Kristi himmelfärdsdag
    REQUIRE(days.contains(QDate(2027, 5, 16))); // pingstdagen
    REQUIRE(days.contains(QDate(2027, 6, 25))); // midsommarafton
    REQUIRE(days.contains(QDate(2027, 6, 26))); // midsommardagen
    REQUIRE(days.contains(QDate(2027, 11, 6))); // alla helgons dag
    REQUIRE(std::is_sorted(days.begin(), days.end()));

    REQUIRE(SwedishCalendar::isPublicHoliday(QDate(2026, 6, 19))); // midsommarafton 2026
    REQUIRE(SwedishCalendar::isPublicHoliday(QDate(2026, 10, 31))); // alla helgons dag 2026
    REQUIRE(SwedishCalendar::isPublicHoliday(QDate(2027, 12, 31)));
    REQUIRE_FALSE(SwedishCalendar::isPublicHoliday(QDate(2027, 6, 24)));
    REQUIRE_FALSE(SwedishCalendar::isPublicHoliday(QDate()));
}

TEST_CASE("avoided days follow the rules")
{
    MeetingDayRules rules;
    REQUIRE(SwedishCalendar::isAvoided(QDate(2027, 1, 23), rules)); // Saturday
    REQUIRE(SwedishCalendar::isAvoided(QDate(2027, 7, 6), rules)); // week 27
    REQUIRE(SwedishCalendar::isAvoided(QDate(2027, 8, 13), rules)); // week 32
    REQUIRE_FALSE(SwedishCalendar::isAvoided(QDate(2027, 8, 16), rules)); // week 33
    REQUIRE(SwedishCalendar::isAvoided(QDate(2027, 12, 23), rules));
    REQUIRE(SwedishCalendar::isAvoided(QDate(2028, 1, 5), rules));
    REQUIRE_FALSE(SwedishCalendar::isAvoided(QDate(2027, 12, 22), rules));

    rules.skipSummer = false;
    rules.skipChristmas = false;
    REQUIRE_FALSE(SwedishCalendar::isAvoided(QDate(2027, 7, 6), rules));
    REQUIRE_FALSE(SwedishCalendar::isAvoided(QDate(2027, 12, 23), rules));
    REQUIRE(SwedishCalendar::isAvoided(QDate(2027, 12, 24), rules)); // julafton stays a holiday
}

TEST_CASE("a meeting on a holiday moves a week, keeping its weekday")
{
    const MeetingDayRules rules;
    REQUIRE(SwedishCalendar::nextMeetingDay(QDate(2027, 5, 6), rules) == QDate(2027, 5, 13));
    REQUIRE(SwedishCalendar::nextMeetingDay(QDate(2027, 5, 4), rules) == QDate(2027, 5, 4));
    // A weekend start takes the next working day.
    REQUIRE(SwedishCalendar::nextMeetingDay(QDate(2027, 5, 8), rules) == QDate(2027, 5, 10));

    // Rules that avoid every day give no date instead of looping.
    MeetingDayRules always;
    always.summerFromWeek = 1;
    always.summerToWeek = 53;
    REQUIRE_FALSE(SwedishCalendar::nextMeetingDay(QDate(2027, 5, 4), always).isValid());
    REQUIRE(SwedishCalendar::layOut(QDate(2027, 5, 4), 3, 1, always).isEmpty());
}

TEST_CASE("a series skips the summer weeks and stays on Tuesdays")
{
    const QList<QDate> dates = SwedishCalendar::layOut(QDate(2027, 6, 8), 5, 2, MeetingDayRules());
    REQUIRE(dates
        == QList<QDate> {
            QDate(2027, 6, 8), QDate(2027, 6, 22), QDate(2027, 8, 17), QDate(2027, 8, 31), QDate(2027, 9, 14) });
    for (const QDate &date : dates) {
        REQUIRE(date.dayOfWeek() == Qt::Tuesday);
        REQUIRE((date.weekNumber() < 27 || date.weekNumber() > 32));
    }
}

TEST_CASE("a series skips the Christmas weeks")
{
    const QList<QDate> dates = SwedishCalendar::layOut(QDate(2027, 12, 7), 4, 1, MeetingDayRules());
    // 28 December and 4 January fall in the Christmas weeks.
    REQUIRE(dates == QList<QDate> { QDate(2027, 12, 7), QDate(2027, 12, 14), QDate(2027, 12, 21), QDate(2028, 1, 11) });

    MeetingDayRules noChristmasBreak;
    noChristmasBreak.skipChristmas = false;
    REQUIRE(SwedishCalendar::layOut(QDate(2027, 12, 14), 3, 1, noChristmasBreak)
        == QList<QDate> { QDate(2027, 12, 14), QDate(2027, 12, 21), QDate(2027, 12, 28) });
    REQUIRE(SwedishCalendar::layOut(QDate(2027, 12, 14), 0, 1, MeetingDayRules()).isEmpty());
}

TEST_CASE("typed dates in the forms people use")
{
    // today is Wednesday 2027-01-20
    REQUIRE(parsed(u"2027-02-15"_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"15/2"_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"  15/2  "_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"15/2/2027"_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"15/2 2028"_s) == QDate(2028, 2, 15));
    REQUIRE(parsed(u"15.2"_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"15 feb"_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"15 Februari"_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"15 february"_s) == QDate(2027, 2, 15));
    REQUIRE(parsed(u"1 okt"_s) == QDate(2027, 10, 1));
    REQUIRE(parsed(u"1 maj 2028"_s) == QDate(2028, 5, 1));
    REQUIRE(parsed(u"idag"_s) == QDate(2027, 1, 20));
    REQUIRE(parsed(u"i dag"_s) == QDate(2027, 1, 20));
    REQUIRE(parsed(u"Today"_s) == QDate(2027, 1, 20));
    REQUIRE(parsed(u"i morgon"_s) == QDate(2027, 1, 21));
    REQUIRE(parsed(u"imorgon"_s) == QDate(2027, 1, 21));
    REQUIRE(parsed(u"tomorrow"_s) == QDate(2027, 1, 21));
    REQUIRE(parsed(u"om 2 veckor"_s) == QDate(2027, 2, 3));
    REQUIRE(parsed(u"om två veckor"_s) == QDate(2027, 2, 3));
    REQUIRE(parsed(u"om 3 dagar"_s) == QDate(2027, 1, 23));
    REQUIRE(parsed(u"om en månad"_s) == QDate(2027, 2, 20));
    REQUIRE(parsed(u"om 2 månader"_s) == QDate(2027, 3, 20));
    REQUIRE(parsed(u"om tolv veckor"_s) == QDate(2027, 4, 14));
    REQUIRE(parsed(u"in 2 weeks"_s) == QDate(2027, 2, 3));
    REQUIRE(parsed(u"in 3 days"_s) == QDate(2027, 1, 23));
    REQUIRE(parsed(u"in 1 month"_s) == QDate(2027, 2, 20));
    REQUIRE(parsed(u"fredag"_s) == QDate(2027, 1, 22));
    REQUIRE(parsed(u"nästa fredag"_s) == QDate(2027, 1, 22));
    REQUIRE(parsed(u"Lördag"_s) == QDate(2027, 1, 23));
    REQUIRE(parsed(u"onsdag"_s) == QDate(2027, 1, 27)); // today is a Wednesday: the next one
}

TEST_CASE("a day and month without a year mean the coming one")
{
    REQUIRE(parsed(u"15/1"_s, QDate(2027, 12, 10)) == QDate(2028, 1, 15));
    REQUIRE(parsed(u"15/11"_s, QDate(2027, 12, 10)) == QDate(2027, 11, 15)); // just passed: keep
    REQUIRE(parsed(u"15/1"_s) == QDate(2027, 1, 15));
    REQUIRE(parsed(u"15/12"_s) == QDate(2027, 12, 15));
}

TEST_CASE("no date, and dates Leda cannot read")
{
    const DateInput::Result empty = DateInput::parse(u"   "_s, QDate(2027, 1, 20));
    REQUIRE_FALSE(empty.date.isValid());
    REQUIRE(empty.error.isEmpty());

    REQUIRE_FALSE(errorFor(u"31/2"_s).isEmpty());
    REQUIRE_FALSE(errorFor(u"2027-13-01"_s).isEmpty());
    REQUIRE(errorFor(u"banan"_s).contains(u"banan"_s));
    REQUIRE_FALSE(errorFor(u"15 bananer"_s).isEmpty());
    REQUIRE_FALSE(errorFor(u"om 2 bananer"_s).isEmpty());
    REQUIRE_FALSE(errorFor(u"nästa banan"_s).isEmpty());
    REQUIRE_FALSE(DateInput::hint().isEmpty());
}
