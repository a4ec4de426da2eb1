#include "core/meeting/dateinput.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// Month names, Swedish and English. Any prefix of three letters or more matches, which covers
// "feb", "febr", "sept" and "okt" without a separate list of abbreviations; no two months
// share such a prefix.
int monthFromName(const QString &word)
{
    static const QStringList names[] = {
        { u"januari"_s, u"january"_s },
        { u"februari"_s, u"february"_s },
        { u"mars"_s, u"march"_s },
        { u"april"_s },
        { u"maj"_s, u"may"_s },
        { u"juni"_s, u"june"_s },
        { u"juli"_s, u"july"_s },
        { u"augusti"_s, u"august"_s },
        { u"september"_s },
        { u"oktober"_s, u"october"_s },
        { u"november"_s },
        { u"december"_s },
    };
    if (word.size() < 3)
        return 0;
    for (int month = 1; month <= 12; ++month) {
        for (const QString &name : names[month - 1]) {
            if (name.startsWith(word))
                return month;
        }
    }
    return 0;
}

// 1 = Monday … 7 = Sunday, or 0.
int weekdayFromName(const QString &word)
{
    static const QStringList swedish { u"måndag"_s, u"tisdag"_s, u"onsdag"_s, u"torsdag"_s, u"fredag"_s, u"lördag"_s,
        u"söndag"_s };
    static const QStringList english { u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
        u"saturday"_s, u"sunday"_s };
    const int index = std::max(swedish.indexOf(word), english.indexOf(word));
    return index + 1;
}

// "2", "två", "ett", "two" …, or -1.
int numberFromWord(const QString &word)
{
    bool ok = false;
    const int value = word.toInt(&ok);
    if (ok)
        return value;
    static const QStringList swedish { u"noll"_s, u"en"_s, u"två"_s, u"tre"_s, u"fyra"_s, u"fem"_s, u"sex"_s, u"sju"_s,
        u"åtta"_s, u"nio"_s, u"tio"_s, u"elva"_s, u"tolv"_s };
    static const QStringList english { u"zero"_s, u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s,
        u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s, u"eleven"_s, u"twelve"_s };
    if (word == u"ett" || word == u"a" || word == u"an")
        return 1;
    return std::max(swedish.indexOf(word), english.indexOf(word));
}

// "om 2 veckor", "in 3 days", "om en månad" → the date, or invalid.
QDate relativeDate(int amount, const QString &unit, const QDate &today)
{
    if (unit == u"dag" || unit == u"dagar" || unit == u"day" || unit == u"days")
        return today.addDays(amount);
    if (unit == u"vecka" || unit == u"veckor" || unit == u"week" || unit == u"weeks")
        return today.addDays(7 * qint64(amount));
    if (unit == u"månad" || unit == u"månader" || unit == u"month" || unit == u"months")
        return today.addMonths(amount);
    return {};
}

} // namespace

DateInput::Result DateInput::parse(const QString &text, const QDate &today)
{
    const QString input = text.simplified().toLower();
    if (input.isEmpty())
        return {};

    const auto notUnderstood = [&text] {
        return Result { {},
            tr("\"%1\" is not a date Leda understands. Write for example 15/2, 2027-02-15 or "
               "\"in 2 weeks\".")
                .arg(text.simplified()) };
    };
    // Day and month were read but do not make a date (31/2, 15/13).
    const auto makeDate = [&text](int year, int month, int day) {
        const QDate date(year, month, day);
        if (date.isValid())
            return Result { date, {} };
        return Result { {}, tr("\"%1\" is not a real date. Check the day and the month.").arg(text.simplified()) };
    };
    const auto makeDayMonth = [&](int month, int day, const QString &yearText) {
        if (!yearText.isEmpty())
            return makeDate(yearText.toInt(), month, day);
        const QDate thisYear(today.year(), month, day);
        const bool passed = thisYear.isValid() && thisYear < today.addDays(-30);
        return makeDate(today.year() + (passed ? 1 : 0), month, day);
    };

    if (input == u"idag" || input == u"i dag" || input == u"today")
        return { today, {} };
    if (input == u"imorgon" || input == u"i morgon" || input == u"tomorrow")
        return { today.addDays(1), {} };

    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    if (const auto m = iso.match(input); m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    // Day first, as in Swedish: 15/2, 15.2, 15/2/2027, 15/2 2027.
    static const QRegularExpression dayMonth(u"^(\\d{1,2})[/.](\\d{1,2})(?:[/. ] ?(\\d{4}))?$"_s);
    if (const auto m = dayMonth.match(input); m.hasMatch())
        return makeDayMonth(m.captured(2).toInt(), m.captured(1).toInt(), m.captured(3));

    // 15 feb, 15 februari, 15 feb. 2027
    static const QRegularExpression dayMonthName(u"^(\\d{1,2})\\.? ([^ .]+)\\.?(?: (\\d{4}))?$"_s);
    if (const auto m = dayMonthName.match(input); m.hasMatch()) {
        if (const int month = monthFromName(m.captured(2)))
            return makeDayMonth(month, m.captured(1).toInt(), m.captured(3));
        return notUnderstood();
    }

    static const QRegularExpression inSome(u"^(?:om|in) (\\S+) (\\S+)$"_s);
    if (const auto m = inSome.match(input); m.hasMatch()) {
        const int amount = numberFromWord(m.captured(1));
        const QDate date = amount >= 0 && amount <= 999 ? relativeDate(amount, m.captured(2), today) : QDate();
        if (date.isValid())
            return { date, {} };
        return notUnderstood();
    }

    // "fredag" and "nästa fredag" both mean the first such day after today.
    static const QRegularExpression weekday(u"^(?:(?:nästa|på|next|on) )?(\\S+)$"_s);
    if (const auto m = weekday.match(input); m.hasMatch()) {
        if (const int day = weekdayFromName(m.captured(1)))
            return { today.addDays((day - today.dayOfWeek() + 6) % 7 + 1), {} };
    }
    return notUnderstood();
}

QString DateInput::hint()
{
    return tr("e.g. 15/2, 2027-02-15, in 2 weeks");
}

} // namespace Leda
