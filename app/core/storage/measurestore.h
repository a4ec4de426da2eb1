#pragma once

#include "core/storage/saved.h"

#include "core/measures/measure.h"

namespace Leda {

class Database;

// A measure chosen for a meeting's Mått item, with what the group noted about it there.
struct MeetingMeasure
{
    qint64 measureId = 0;
    QString notes;
    bool chosen = true; // false: taken off the list after notes were taken on it
    qint64 version = 0; // of the notes, as read (0: no row yet)
};

// The group's measures, their values per period, and which of them a meeting looks at.
// A measure with values is archived, never deleted.
class MeasureStore final
{
    Q_DECLARE_TR_FUNCTIONS(MeasureStore)

public:
    explicit MeasureStore(Database &database);

    QList<Measure> measures(qint64 groupId, bool withArchived = false) const;
    Measure measure(qint64 id) const;
    qint64 addMeasure(const Measure &measure, QString *error);
    bool updateMeasure(const Measure &measure, QString *error);
    bool setArchived(qint64 id, bool archived, QString *error);
    // Only a measure without any value can be removed; one with values is archived.
    bool removeMeasure(qint64 id, QString *error);

    QList<MeasureValue> values(qint64 measureId) const;
    // Stores the value for its period (one row per period): an insert or a replacement.
    bool saveValue(qint64 measureId, const MeasureValue &value, QString *error);
    bool removeValue(qint64 measureId, const QDate &period, QString *error);
    // An import: every value or none.
    bool saveValues(qint64 measureId, const QList<MeasureValue> &values, QString *error);

    // The measures chosen for the meeting, in order, and any taken off that have notes.
    QList<MeetingMeasure> meetingMeasures(qint64 meetingId) const;
    // The measures a meeting looks at in its Mått item: those chosen for it, in order; when none
    // are chosen, the group's active measures that have values.
    QList<Measure> shownAtMeeting(qint64 meetingId, qint64 groupId) const;
    // The values as they stood at a meeting: those of periods that had begun by its date.
    QList<MeasureValue> valuesUntil(qint64 measureId, const QDate &date) const;
    bool setMeetingMeasures(qint64 meetingId, const QList<qint64> &measureIds, QString *error);
    bool setMeetingMeasureNotes(qint64 meetingId, qint64 measureId, const QString &notes, QString *error);
    // The same, written only on *version (then counted up); else Conflict with the notes saved
    // meanwhile in *notes and their version in *version.
    Saved setMeetingMeasureNotesIfUnchanged(qint64 meetingId, qint64 measureId, QString *notes, qint64 *version,
                                            QString *error);

private:
    Database &m_database;
};

} // namespace Leda
