#include "core/meeting/swedishcalendar.h"

#include <algorithm>

namespace Leda {

namespace {

// The first date on or after `from` that falls on `dayOfWeek` (1 = Monday … 7 = Sunday).
QDate firstWeekdayFrom(const QDate &from, int dayOfWeek)
{
    return from.addDays((dayOfWeek - from.dayOfWeek() + 7) % 7);
}

bool isInChristmasWeeks(const QDate &date)
{
    return (date.month() == 12 && date.day() >= 23) || (date.month() == 1 && date.day() <= 6);
}

} // namespace

QDate SwedishCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> SwedishCalendar::publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    QList<QDate> days {
        QDate(year, 1, 1), // nyårsdagen
        QDate(year, 1, 6), // trettondedag jul
        easter.addDays(-2), // långfredagen
        easter, // påskdagen
        easter.addDays(1), // annandag påsk
        QDate(year, 5, 1), // första maj
        easter.addDays(39), // Kristi himmelfärdsdag
        easter.addDays(49), // pingstdagen
        QDate(year, 6, 6), // nationaldagen
        firstWeekdayFrom(QDate(year, 6, 19), Qt::Friday), // midsommarafton
        firstWeekdayFrom(QDate(year, 6, 20), Qt::Saturday), // midsommardagen
        firstWeekdayFrom(QDate(year, 10, 31), Qt::Saturday), // alla helgons dag
        QDate(year, 12, 24), // julafton
        QDate(year, 12, 25), // juldagen
        QDate(year, 12, 26), // annandag jul
        QDate(year, 12, 31), // nyårsafton
    };
    // Pingst can fall on 6 June (as in 2049 and 2060); list each day once.
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

bool SwedishCalendar::isPublicHoliday(const QDate &date)
{
    return date.isValid() && publicHolidays(date.year()).contains(date);
}

bool SwedishCalendar::isAvoided(const QDate &date, const MeetingDayRules &rules)
{
    if (!date.isValid() || date.dayOfWeek() >= Qt::Saturday || isPublicHoliday(date))
        return true;
    if (rules.skipSummer) {
        const int week = date.weekNumber();
        if (week >= rules.summerFromWeek && week <= rules.summerToWeek)
            return true;
    }
    return rules.skipChristmas && isInChristmasWeeks(date);
}

QDate SwedishCalendar::nextMeetingDay(const QDate &from, const MeetingDayRules &rules)
{
    if (!from.isValid() || !isAvoided(from, rules))
        return from;

    // Move a week at a time, so a Tuesday group stays a Tuesday group.
    constexpr int kMaxWeeks = 60;
    if (from.dayOfWeek() <= Qt::Friday) {
        for (int week = 1; week <= kMaxWeeks; ++week) {
            const QDate candidate = from.addDays(7 * week);
            if (!isAvoided(candidate, rules))
                return candidate;
        }
    }

    // Any weekday will do. The bound only matters for rules that avoid every day.
    constexpr int kMaxDays = 2 * 366;
    for (int day = 1; day <= kMaxDays; ++day) {
        const QDate candidate = from.addDays(day);
        if (!isAvoided(candidate, rules))
            return candidate;
    }
    return {};
}

QList<QDate> SwedishCalendar::layOut(const QDate &first, int count, int everyWeeks, const MeetingDayRules &rules)
{
    QList<QDate> dates;
    const int stepDays = 7 * std::max(1, everyWeeks);
    QDate next = nextMeetingDay(first, rules);
    while (dates.size() < count && next.isValid()) {
        dates.append(next);
        next = nextMeetingDay(next.addDays(stepDays), rules);
    }
    return dates;
}

} // namespace Leda
