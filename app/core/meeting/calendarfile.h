#pragma once

#include "core/content/module.h"
#include "core/meeting/preparation.h"
#include "core/meeting/record.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Leda {

// One meeting in a calendar: date, time (none: all day), place, what it is about.
struct CalendarEvent
{
    QString uid; // stable per meeting: importing a newer file updates the entry
    QDate date;
    QTime start;
    QTime end;
    QString summary;
    QString location;
    QString description;
};

// A calendar file (iCalendar, RFC 5545) that Outlook, Thunderbird and GNOME Calendar import:
// one VEVENT per meeting, in Swedish time (Europe/Stockholm, summer time included).
class CalendarFile final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFile)

public:
    // A meeting of the record, described by its invitation (the module and its questions). The
    // UID names the group, the module and which of its meetings on that module this is, so the
    // planned meeting and the meeting made from it are one calendar entry.
    static CalendarEvent forMeeting(const Group &group, const Meeting &meeting, const Module *module,
                                    bool firstMeeting, int occurrence = 1);
    // Which of the group's meetings on its module a meeting is (1 for the first), by date.
    static int occurrence(const QList<Meeting> &meetings, const Meeting &meeting);
    // The whole series: the group's meetings, and the planned ones not yet made (at the time and
    // place of the group's last meeting).
    static QList<CalendarEvent> forSeries(const Group &group, const QList<Meeting> &meetings,
                                          const QList<PlanEntry> &plan, const Course &course);
    static QByteArray write(const QList<CalendarEvent> &events,
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc());

    static QString escape(const QString &text);      // TEXT value: \ ; , and line breaks
    static QByteArray fold(const QByteArray &line); // at most 75 octets a line, never inside a character
};

} // namespace Leda
