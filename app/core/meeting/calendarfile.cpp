#include "core/meeting/calendarfile.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// Swedish time: CET, and CEST from the last Sunday of March to the last Sunday of October.
const char *const kStockholm = "BEGIN:VTIMEZONE\r\n"
                               "TZID:Europe/Stockholm\r\n"
                               "BEGIN:DAYLIGHT\r\n"
                               "TZOFFSETFROM:+0100\r\n"
                               "TZOFFSETTO:+0200\r\n"
                               "TZNAME:CEST\r\n"
                               "DTSTART:19700329T020000\r\n"
                               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                               "END:DAYLIGHT\r\n"
                               "BEGIN:STANDARD\r\n"
                               "TZOFFSETFROM:+0200\r\n"
                               "TZOFFSETTO:+0100\r\n"
                               "TZNAME:CET\r\n"
                               "DTSTART:19701025T030000\r\n"
                               "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                               "END:STANDARD\r\n"
                               "END:VTIMEZONE\r\n";

QString localTime(const QDate &date, const QTime &time)
{
    return date.toString(u"yyyyMMdd"_s) + u'T' + time.toString(u"HHmmss"_s);
}

} // namespace

CalendarEvent CalendarFile::forMeeting(const Group &group, const Meeting &meeting, const Module *module,
                                       bool firstMeeting, int occurrence)
{
    CalendarEvent event;
    event.uid = module ? u"leda-group%1-%2-%3@leda"_s.arg(group.id).arg(module->id).arg(occurrence)
                       : u"leda-group%1-meeting%2@leda"_s.arg(group.id).arg(meeting.id);
    event.date = meeting.date;
    event.start = meeting.startTime;
    event.end = meeting.endTime;
    event.location = meeting.place;
    if (module) {
        event.summary = Invitation::subject(group, meeting, *module);
        event.description = Invitation::text(group, meeting, *module, firstMeeting);
    } else {
        event.summary = tr("%1: meeting").arg(group.name);
    }
    return event;
}

QList<CalendarEvent> CalendarFile::forSeries(const Group &group, const QList<Meeting> &meetings,
                                             const QList<PlanEntry> &plan, const Course &course)
{
    QList<CalendarEvent> events;
    QHash<QString, int> held; // meetings per module
    for (const Meeting &meeting : meetings) {
        const Module *module = course.module(meeting.moduleIds.value(0));
        if (module)
            ++held[module->id];
        events.append(forMeeting(group, meeting, module, events.isEmpty(), occurrence(meetings, meeting)));
    }
    QHash<QString, int> planned;
    for (const PlanEntry &entry : plan) {
        const Module *module = course.module(entry.moduleId);
        if (entry.skipped || !entry.plannedDate.isValid() || !module)
            continue;
        if (++planned[entry.moduleId] <= held.value(entry.moduleId))
            continue; // this one is a meeting of the record already
        Meeting meeting;
        meeting.groupId = group.id;
        meeting.date = entry.plannedDate;
        if (!meetings.isEmpty()) {
            meeting.startTime = meetings.last().startTime;
            meeting.endTime = meetings.last().endTime;
            meeting.place = meetings.last().place;
        }
        events.append(forMeeting(group, meeting, module, events.isEmpty(), planned.value(entry.moduleId)));
    }
    std::sort(events.begin(), events.end(), [](const CalendarEvent &a, const CalendarEvent &b) { return a.date < b.date; });
    return events;
}

int CalendarFile::occurrence(const QList<Meeting> &meetings, const Meeting &meeting)
{
    const QString moduleId = meeting.moduleIds.value(0);
    const auto earlier = std::count_if(meetings.cbegin(), meetings.cend(), [&](const Meeting &other) {
        return other.moduleIds.value(0) == moduleId
            && (other.date < meeting.date || (other.date == meeting.date && other.id <= meeting.id));
    });
    return qMax(1, int(earlier));
}

QString CalendarFile::escape(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u';', u"\\;"_s).replace(u',', u"\\,"_s);
    escaped.replace(u"\r\n"_s, u"\\n"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\n"_s);
    return escaped;
}

QByteArray CalendarFile::fold(const QByteArray &line)
{
    QByteArray folded;
    int length = 0;
    for (qsizetype i = 0; i < line.size();) {
        // The whole UTF-8 sequence of one character: its lead byte and the continuation bytes.
        qsizetype end = i + 1;
        while (end < line.size() && (uchar(line.at(end)) & 0xC0) == 0x80)
            ++end;
        const int width = int(end - i);
        if (length + width > 75) {
            folded += "\r\n ";
            length = 1;
        }
        folded += line.mid(i, width);
        length += width;
        i = end;
    }
    return folded + "\r\n";
}

QByteArray CalendarFile::write(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Leda//Leda//SV\r\nCALSCALE:GREGORIAN\r\n"
                     "METHOD:PUBLISH\r\n";
    out += kStockholm;
    const auto line = [&out](const QString &text) { out += fold(text.toUtf8()); };
    for (const CalendarEvent &event : events) {
        if (!event.date.isValid())
            continue;
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + event.uid);
        line(u"DTSTAMP:"_s + stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
        if (event.start.isValid()) {
            const QTime end = event.end.isValid() && event.end > event.start ? event.end : event.start.addSecs(2 * 3600);
            line(u"DTSTART;TZID=Europe/Stockholm:"_s + localTime(event.date, event.start));
            line(u"DTEND;TZID=Europe/Stockholm:"_s + localTime(event.date, end));
        } else { // no time yet: the whole day
            line(u"DTSTART;VALUE=DATE:"_s + event.date.toString(u"yyyyMMdd"_s));
            line(u"DTEND;VALUE=DATE:"_s + event.date.addDays(1).toString(u"yyyyMMdd"_s));
        }
        line(u"SUMMARY:"_s + escape(event.summary));
        if (!event.location.isEmpty())
            line(u"LOCATION:"_s + escape(event.location));
        if (!event.description.isEmpty())
            line(u"DESCRIPTION:"_s + escape(event.description));
        line(u"END:VEVENT"_s);
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace Leda
