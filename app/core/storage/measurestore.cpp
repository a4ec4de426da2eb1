#include "core/storage/measurestore.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

const QString kMeasureColumns = u"id, group_id, name, kind, definition, unit, better, target, period, value_type, "
                                "per_units, chart, baseline_end, screen_moving_ranges, archived"_s;

Measure measureFrom(const SqlStatement &query)
{
    Measure m;
    m.id = query.value(0).toLongLong();
    m.groupId = query.value(1).toLongLong();
    m.name = query.value(2).toString();
    m.kind = MeasureSeries::kindFromKey(query.value(3).toString());
    m.definition = query.value(4).toString();
    m.unit = query.value(5).toString();
    m.better = MeasureSeries::betterFromKey(query.value(6).toString());
    m.target = optionalFrom(query.value(7));
    m.period = MeasureSeries::periodFromKey(query.value(8).toString());
    m.valueType = MeasureSeries::valueTypeFromKey(query.value(9).toString());
    m.perUnits = query.value(10).toDouble();
    m.chart = Spc::chartTypeFromKey(query.value(11).toString());
    m.baselineEnd = QDate::fromString(query.value(12).toString(), Qt::ISODate);
    m.screenMovingRanges = query.value(13).toBool();
    m.archived = query.value(14).toBool();
    return m;
}

void bindMeasure(SqlStatement &statement, const Measure &m)
{
    statement.bind(u":name"_s, m.name)
        .bind(u":kind"_s, MeasureSeries::kindKey(m.kind))
        .bind(u":definition"_s, m.definition)
        .bind(u":unit"_s, m.unit)
        .bind(u":better"_s, MeasureSeries::betterKey(m.better))
        .bind(u":target"_s, optionalValue(m.target))
        .bind(u":period"_s, MeasureSeries::periodKey(m.period))
        .bind(u":type"_s, MeasureSeries::valueTypeKey(m.valueType))
        .bind(u":per"_s, m.perUnits > 0 ? m.perUnits : 1.0)
        .bind(u":chart"_s, m.chart ? Spc::chartTypeKey(*m.chart) : QString())
        .bind(u":baseline"_s, m.baselineEnd.isValid() ? m.baselineEnd.toString(Qt::ISODate) : QString())
        .bind(u":screen"_s, m.screenMovingRanges)
        .bind(u":archived"_s, m.archived);
}

} // namespace

MeasureStore::MeasureStore(Database &database)
    : m_database(database)
{
}

QList<Measure> MeasureStore::measures(qint64 groupId, bool withArchived) const
{
    QList<Measure> result;
    SqlStatement query(m_database, u"SELECT "_s + kMeasureColumns
                                       + u" FROM measures WHERE group_id = :group AND (archived = 0 OR :all = 1) "
                                         "ORDER BY archived, position, id"_s);
    query.bind(u":group"_s, groupId).bind(u":all"_s, withArchived);
    if (query.exec(nullptr)) {
        while (query.next())
            result.append(measureFrom(query));
    }
    return result;
}

Measure MeasureStore::measure(qint64 id) const
{
    SqlStatement query(m_database, u"SELECT "_s + kMeasureColumns + u" FROM measures WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (query.exec(nullptr) && query.next())
        return measureFrom(query);
    return {};
}

qint64 MeasureStore::addMeasure(const Measure &measure, QString *error)
{
    SqlStatement insert(m_database,
                        u"INSERT INTO measures (group_id, position, name, kind, definition, unit, better, target, "
                        "period, value_type, per_units, chart, baseline_end, screen_moving_ranges, archived, created_at) "
                        "VALUES (:group, (SELECT COALESCE(MAX(position), -1) + 1 FROM measures WHERE group_id = :group), "
                        ":name, :kind, :definition, :unit, :better, :target, :period, :type, :per, :chart, :baseline, "
                        ":screen, :archived, :at) RETURNING id"_s);
    insert.bind(u":group"_s, measure.groupId).bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    bindMeasure(insert, measure);
    return insert.exec(error) ? insert.insertedId() : 0;
}

bool MeasureStore::updateMeasure(const Measure &measure, QString *error)
{
    SqlStatement update(m_database, u"UPDATE measures SET name = :name, kind = :kind, definition = :definition, "
                                    "unit = :unit, better = :better, target = :target, period = :period, "
                                    "value_type = :type, per_units = :per, chart = :chart, baseline_end = :baseline, "
                                    "screen_moving_ranges = :screen, archived = :archived WHERE id = :id"_s);
    update.bind(u":id"_s, measure.id);
    bindMeasure(update, measure);
    return update.exec(error);
}

bool MeasureStore::setArchived(qint64 id, bool archived, QString *error)
{
    SqlStatement update(m_database, u"UPDATE measures SET archived = :archived WHERE id = :id"_s);
    update.bind(u":id"_s, id).bind(u":archived"_s, archived);
    return update.exec(error);
}

bool MeasureStore::removeMeasure(qint64 id, QString *error)
{
    SqlStatement remove(m_database, u"DELETE FROM measures WHERE id = :id AND NOT EXISTS "
                                    "(SELECT 1 FROM measure_values WHERE measure_id = :id)"_s);
    remove.bind(u":id"_s, id);
    if (!remove.exec(error))
        return false;
    if (remove.rowsAffected() == 0) {
        *error = tr("The measure has values and is kept; archive it instead.");
        return false;
    }
    return true;
}

QList<MeasureValue> MeasureStore::values(qint64 measureId) const
{
    QList<MeasureValue> result;
    SqlStatement query(m_database, u"SELECT id, period, value, denominator, excluded, exclude_reason, note, new_phase "
                                   "FROM measure_values WHERE measure_id = :id ORDER BY period"_s);
    query.bind(u":id"_s, measureId);
    if (query.exec(nullptr)) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
                           optionalFrom(query.value(2)), optionalFrom(query.value(3)), query.value(4).toBool(),
                           query.value(5).toString(), query.value(6).toString(), query.value(7).toBool()});
        }
    }
    return result;
}

bool MeasureStore::saveValue(qint64 measureId, const MeasureValue &value, QString *error)
{
    SqlStatement upsert(m_database,
                        u"INSERT INTO measure_values (measure_id, period, value, denominator, excluded, exclude_reason, "
                        "note, new_phase) VALUES (:id, :period, :value, :denominator, :excluded, :reason, :note, :phase) "
                        "ON CONFLICT (measure_id, period) DO UPDATE SET value = excluded.value, "
                        "denominator = excluded.denominator, excluded = excluded.excluded, "
                        "exclude_reason = excluded.exclude_reason, note = excluded.note, new_phase = excluded.new_phase"_s);
    upsert.bind(u":id"_s, measureId)
        .bind(u":period"_s, value.period.toString(Qt::ISODate))
        .bind(u":value"_s, optionalValue(value.value))
        .bind(u":denominator"_s, optionalValue(value.denominator))
        .bind(u":excluded"_s, value.excluded)
        .bind(u":reason"_s, value.excludeReason)
        .bind(u":note"_s, value.note)
        .bind(u":phase"_s, value.newPhase);
    return upsert.exec(error);
}

bool MeasureStore::removeValue(qint64 measureId, const QDate &period, QString *error)
{
    SqlStatement remove(m_database, u"DELETE FROM measure_values WHERE measure_id = :id AND period = :period"_s);
    remove.bind(u":id"_s, measureId).bind(u":period"_s, period.toString(Qt::ISODate));
    return remove.exec(error);
}

bool MeasureStore::saveValues(qint64 measureId, const QList<MeasureValue> &values, QString *error)
{
    Transaction change(m_database);
    for (const MeasureValue &value : values) {
        if (!saveValue(measureId, value, error))
            return false;
    }
    return change.commit(error);
}

QList<MeetingMeasure> MeasureStore::meetingMeasures(qint64 meetingId) const
{
    QList<MeetingMeasure> result;
    SqlStatement query(m_database, u"SELECT mm.measure_id, mm.notes, mm.chosen, mm.version FROM meeting_measures mm "
                                   "JOIN measures m ON m.id = mm.measure_id "
                                   "WHERE mm.meeting_id = :id ORDER BY mm.position"_s);
    query.bind(u":id"_s, meetingId);
    if (query.exec(nullptr)) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool(),
                           query.value(3).toLongLong()});
    }
    return result;
}

QList<Measure> MeasureStore::shownAtMeeting(qint64 meetingId, qint64 groupId) const
{
    QList<Measure> shown;
    for (const MeetingMeasure &chosen : meetingMeasures(meetingId)) {
        if (chosen.chosen)
            shown.append(measure(chosen.measureId));
    }
    if (!shown.isEmpty())
        return shown;
    SqlStatement query(m_database, u"SELECT "_s + kMeasureColumns
                                       + u" FROM measures WHERE group_id = :group AND archived = 0 AND EXISTS "
                                         "(SELECT 1 FROM measure_values v WHERE v.measure_id = measures.id) "
                                         "ORDER BY position, id"_s);
    query.bind(u":group"_s, groupId);
    if (query.exec(nullptr)) {
        while (query.next())
            shown.append(measureFrom(query));
    }
    return shown;
}

QList<MeasureValue> MeasureStore::valuesUntil(qint64 measureId, const QDate &date) const
{
    QList<MeasureValue> result = values(measureId);
    result.removeIf([&date](const MeasureValue &value) { return value.period > date; });
    return result;
}

bool MeasureStore::setMeetingMeasures(qint64 meetingId, const QList<qint64> &measureIds, QString *error)
{
    // A measure taken off the list keeps what was noted on it there (the minutes still show it).
    Transaction change(m_database);
    SqlStatement unchoose(m_database, u"UPDATE meeting_measures SET chosen = 0 WHERE meeting_id = :meeting"_s);
    unchoose.bind(u":meeting"_s, meetingId);
    if (!unchoose.exec(error))
        return false;
    for (int i = 0; i < measureIds.size(); ++i) {
        SqlStatement upsert(m_database, u"INSERT INTO meeting_measures (meeting_id, measure_id, position, chosen) "
                                        "VALUES (:meeting, :measure, :position, 1) ON CONFLICT (meeting_id, measure_id) "
                                        "DO UPDATE SET position = excluded.position, chosen = 1"_s);
        upsert.bind(u":meeting"_s, meetingId).bind(u":measure"_s, measureIds.at(i)).bind(u":position"_s, i);
        if (!upsert.exec(error))
            return false;
    }
    SqlStatement clear(m_database, u"DELETE FROM meeting_measures WHERE meeting_id = :meeting AND chosen = 0 "
                                   "AND notes = ''"_s);
    clear.bind(u":meeting"_s, meetingId);
    return clear.exec(error) && change.commit(error);
}

bool MeasureStore::setMeetingMeasureNotes(qint64 meetingId, qint64 measureId, const QString &notes, QString *error)
{
    QString written = notes;
    qint64 version = kAnyVersion;
    return setMeetingMeasureNotesIfUnchanged(meetingId, measureId, &written, &version, error) == Saved::Yes;
}

Saved MeasureStore::setMeetingMeasureNotesIfUnchanged(qint64 meetingId, qint64 measureId, QString *notes,
                                                      qint64 *version, QString *error)
{
    // A new row is version 1; a row there is written only on the version read (or on any).
    Transaction change(m_database);
    SqlStatement upsert(m_database, u"INSERT INTO meeting_measures (meeting_id, measure_id, position, notes, version) "
                                    "VALUES (:meeting, :measure, (SELECT COALESCE(MAX(position), -1) + 1 FROM "
                                    "meeting_measures WHERE meeting_id = :meeting), :notes, 1) "
                                    "ON CONFLICT (meeting_id, measure_id) DO UPDATE SET notes = excluded.notes, "
                                    "version = meeting_measures.version + 1 "
                                    "WHERE :any = 1 OR meeting_measures.version = :version"_s);
    upsert.bind(u":meeting"_s, meetingId).bind(u":measure"_s, measureId).bind(u":notes"_s, *notes);
    upsert.bind(u":any"_s, *version == kAnyVersion).bind(u":version"_s, *version);
    if (!upsert.exec(error))
        return Saved::Failed;
    SqlStatement saved(m_database, u"SELECT notes, version FROM meeting_measures "
                                   "WHERE meeting_id = :meeting AND measure_id = :measure"_s);
    saved.bind(u":meeting"_s, meetingId).bind(u":measure"_s, measureId);
    if (!saved.exec(error) || !saved.next())
        return Saved::Failed;
    const bool written = upsert.rowsAffected() > 0;
    if (!written) { // another writer's notes, and their version
        *notes = saved.value(0).toString();
        *version = saved.value(1).toLongLong();
        return Saved::Conflict;
    }
    *version = saved.value(1).toLongLong();
    return change.commit(error) ? Saved::Yes : Saved::Failed;
}

} // namespace Leda
