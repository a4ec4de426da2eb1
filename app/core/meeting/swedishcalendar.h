#pragma once

#include <QDate>
#include <QList>

namespace Leda {

// Which days a group's meeting series stays away from, on top of weekends and public holidays.
struct MeetingDayRules
{
    // Summer break as an inclusive range of ISO week numbers (the way Swedish workplaces speak
    // of "vecka 27–32"), so it follows the calendar instead of fixed dates.
    bool skipSummer = true;
    int summerFromWeek = 27;
    int summerToWeek = 32;
    // Christmas weeks: from 23 December to 6 January (trettondedag jul) inclusive, when most
    // people are off even on the working days in between.
    bool skipChristmas = true;
};

// Swedish public holidays and the meeting-day arithmetic built on them. Pure Qt Core.
class SwedishCalendar final
{
public:
    // Easter Sunday (Gregorian calendar); the moving holidays hang off it.
    static QDate easterSunday(int year);

    // Allmänna helgdagar plus the eves treated as holidays at work (midsommarafton, julafton,
    // nyårsafton), in date order.
    static QList<QDate> publicHolidays(int year);
    static bool isPublicHoliday(const QDate &date);

    // Weekend, public holiday, summer week (if skipSummer) or Christmas weeks (if skipChristmas).
    // An invalid date counts as avoided.
    static bool isAvoided(const QDate &date, const MeetingDayRules &rules);

    // `from` if it is not avoided. Otherwise the first later day that is not avoided and has
    // the same weekday as `from` (if that is Monday–Friday), so a series keeps its weekday;
    // after 60 weeks without one, or for a weekend `from`, the first later non-avoided day of
    // any weekday. Invalid if no day in the next two years qualifies (rules that avoid everything).
    static QDate nextMeetingDay(const QDate &from, const MeetingDayRules &rules);

    // `count` meeting dates: the first is nextMeetingDay(first), each next one is
    // nextMeetingDay(previous + everyWeeks weeks). everyWeeks below 1 counts as 1. Stops early
    // if a date cannot be found.
    static QList<QDate> layOut(const QDate &first, int count, int everyWeeks, const MeetingDayRules &rules);
};

} // namespace Leda
