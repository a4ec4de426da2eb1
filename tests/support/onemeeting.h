#pragma once

// The smallest record a test needs: a leadership group with one meeting (9 March 2027).
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"

struct OneMeeting
{
    qint64 group = 0;
    qint64 meeting = 0; // 0 when it could not be made
};

inline OneMeeting seedOneMeeting(Leda::Database &database)
{
    QString error;
    OneMeeting made;
    made.group = Leda::GroupStore(database).createGroup(QStringLiteral("Ledningsgruppen"), {}, &error);
    Leda::Meeting meeting;
    meeting.groupId = made.group;
    meeting.date = QDate(2027, 3, 9);
    made.meeting = made.group > 0 ? Leda::MeetingStore(database).createMeeting(meeting, &error) : 0;
    return made;
}

// The same in the database at address (a server), through a connection of its own.
inline OneMeeting seedOneMeeting(const QString &address)
{
    Leda::Database database;
    QString error;
    return database.open(address, &error) ? seedOneMeeting(database) : OneMeeting{};
}
