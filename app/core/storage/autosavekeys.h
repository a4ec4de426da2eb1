#pragma once

#include <QDate>
#include <QString>

// Every autosave key, in one place. A key names the record it edits (the meeting, the row), so
// that a later edit of the same field replaces a queued earlier one, and an edit of another
// meeting never does. The write queued with a key captures the same ids when the user types:
// a save that fails and is retried later still lands in the record it was typed into.
namespace Leda::AutosaveKey {

inline QString meetingDetails(qint64 meetingId)
{
    return QStringLiteral("meeting/%1/details").arg(meetingId);
}

inline QString meetingModules(qint64 meetingId)
{
    return QStringLiteral("meeting/%1/modules").arg(meetingId);
}

inline QString freeNotes(qint64 meetingId)
{
    return QStringLiteral("meeting/%1/notes").arg(meetingId);
}

inline QString guests(qint64 meetingId)
{
    return QStringLiteral("meeting/%1/guests").arg(meetingId);
}

inline QString attendance(qint64 meetingId, qint64 memberId)
{
    return QStringLiteral("meeting/%1/attendance/%2").arg(meetingId).arg(memberId);
}

inline QString questionNote(qint64 meetingId, const QString &moduleId, int questionIndex)
{
    return QStringLiteral("meeting/%1/question/%2/%3").arg(meetingId).arg(moduleId).arg(questionIndex);
}

inline QString agenda(qint64 meetingId)
{
    return QStringLiteral("meeting/%1/agenda").arg(meetingId);
}

inline QString privateNotes(qint64 meetingId)
{
    return QStringLiteral("meeting/%1/private").arg(meetingId);
}

inline QString nextStep(qint64 id)
{
    return QStringLiteral("nextstep/%1").arg(id);
}

inline QString recordItem(qint64 id)
{
    return QStringLiteral("record/%1").arg(id);
}

inline QString checklistTick(qint64 id)
{
    return QStringLiteral("check/%1").arg(id);
}

inline QString checklistText(qint64 id)
{
    return QStringLiteral("checkText/%1").arg(id);
}

inline QString group(qint64 id)
{
    return QStringLiteral("group/%1").arg(id);
}

inline QString member(qint64 id)
{
    return QStringLiteral("member/%1").arg(id);
}

inline QString seriesPlan(qint64 groupId)
{
    return QStringLiteral("plan/%1").arg(groupId);
}

inline QString measure(qint64 id)
{
    return QStringLiteral("measure/%1").arg(id);
}

inline QString measureValue(qint64 measureId, const QDate &period)
{
    return QStringLiteral("measure/%1/value/%2").arg(measureId).arg(period.toString(Qt::ISODate));
}

inline QString meetingMeasures(qint64 meetingId)
{
    return QStringLiteral("meeting/%1/measures").arg(meetingId);
}

inline QString meetingMeasureNotes(qint64 meetingId, qint64 measureId)
{
    return QStringLiteral("meeting/%1/measure/%2").arg(meetingId).arg(measureId);
}

} // namespace Leda::AutosaveKey
