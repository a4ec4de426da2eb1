#include "core/package/grouppackage.h"

#include "core/package/ziparchive.h"
#include "core/storage/database.h"
#include "core/storage/recordtables.h"
#include "core/storage/schema.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

const QString kManifestEntry = u"manifest.json"_s;
const QString kRecordEntry = u"record.json"_s;
const QString kFormat = u"leda-group"_s;
constexpr qint64 kLargestPackage = qint64(512) * 1024 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Columns that are a row's bookkeeping in one record, not its content: the local id, the stable
// id and change time (carried on their own), and the version two PCs compare (counted per record).
bool isBookkeeping(const QString &column)
{
    return column == u"id"_s || column == u"uid"_s || column == u"changed_at"_s || column == u"version"_s;
}

QStringList columnNames(const QSqlRecord &record)
{
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

QString databaseNow(Database &database)
{
    SqlStatement now(database, u"SELECT "_s + Schema::now(database.engine()));
    return now.exec(nullptr) && now.next() ? now.value(0).toString() : QString();
}

QVariant fromJson(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
}

QJsonValue toJson(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

// Which side's row stays: the side that changed since the two were last in step; when both (or
// neither) did, the newer change.
bool packageWins(bool changedHere, const QString &hereAt, bool changedThere, const QString &thereAt)
{
    if (changedHere != changedThere)
        return changedThere;
    return thereAt > hereAt;
}

} // namespace

QString GroupPackage::suggestedFileName(const QString &groupName)
{
    static const QRegularExpression unsafe(uR"([\\/:*?"<>|\x00-\x1f]+)"_s);
    QString name = groupName;
    name.replace(unsafe, u" "_s);
    name = name.simplified();
    if (name.isEmpty() || name.startsWith(u'.'))
        name = tr("group");
    return name + u'.' + QLatin1String(kSuffix);
}

bool GroupPackage::write(Database &database, qint64 groupId, const QString &path, QString *error)
{
    const QString exportedAt = databaseNow(database);
    Manifest manifest;
    QJsonObject tables;
    QHash<QString, QHash<qint64, QString>> uidOf; // table → local id → stable id
    for (const RecordTable &table : RecordTables::groupTables()) {
        const QStringList columns = columnNames(database.connection().record(table.name));
        // In the order they were made here, so that an import makes them in that order too.
        const QString order = columns.contains(u"id"_s) ? u"id"_s : table.naturalKey.join(u", "_s);
        SqlStatement rows(database, RecordTables::rowsOfGroup(table, columns.join(u", "_s)) + u" ORDER BY "_s + order);
        rows.bind(u":group"_s, groupId);
        if (!rows.exec(error))
            return false;
        QList<QJsonObject> written;
        while (rows.next()) {
            QJsonObject row;
            for (int i = 0; i < columns.size(); ++i) {
                const QString &column = columns.at(i);
                const QVariant value = rows.value(i);
                if (column == u"id"_s || column == u"version"_s)
                    continue;
                const QString referenced = RecordTables::referencedTable(column);
                if (!referenced.isEmpty() && !value.isNull()) {
                    const QString uid = uidOf.value(referenced).value(value.toLongLong());
                    row.insert(column, uid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(uid));
                } else {
                    row.insert(column, toJson(value));
                }
            }
            if (columns.contains(u"id"_s))
                uidOf[table.name].insert(rows.value(int(columns.indexOf(u"id"_s))).toLongLong(),
                                         row.value(u"uid"_s).toString());
            written.append(row);
        }
        if (table.name == u"groups"_s) {
            if (written.isEmpty()) {
                *error = tr("The group to export is no longer in %1.").arg(database.path());
                return false;
            }
            manifest.groupUid = written.first().value(u"uid"_s).toString();
            manifest.groupName = written.first().value(u"name"_s).toString();
            manifest.organisation = written.first().value(u"organisation"_s).toString();
        } else if (table.name == u"meetings"_s) {
            manifest.meetings = int(written.size());
            for (const QJsonObject &meeting : std::as_const(written)) {
                const QDate date = QDate::fromString(meeting.value(u"date"_s).toString(), Qt::ISODate);
                if (!manifest.firstMeeting.isValid() || date < manifest.firstMeeting)
                    manifest.firstMeeting = date;
                if (!manifest.lastMeeting.isValid() || date > manifest.lastMeeting)
                    manifest.lastMeeting = date;
            }
        } else if (table.name == u"next_steps"_s) {
            manifest.nextSteps = int(written.size());
        } else if (table.name == u"measures"_s) {
            manifest.measures = int(written.size());
        }
        QJsonArray array;
        for (const QJsonObject &row : std::as_const(written))
            array.append(row);
        tables.insert(table.name, array);
    }
    // Removed rows are ids and times only: the package says which rows are gone, never what they held.
    QJsonArray removed;
    SqlStatement removals(database, u"SELECT uid, removed_at FROM removed_rows ORDER BY uid"_s);
    if (!removals.exec(error))
        return false;
    while (removals.next())
        removed.append(QJsonArray{removals.value(0).toString(), removals.value(1).toString()});

    SqlStatement synced(database, u"SELECT synced_at FROM group_sync WHERE group_uid = :uid"_s);
    synced.bind(u":uid"_s, manifest.groupUid);
    if (!synced.exec(error))
        return false;
    manifest.basedOn = synced.next() ? synced.value(0).toString() : QString();

    const QByteArray record =
        QJsonDocument(QJsonObject{{u"tables"_s, tables}, {u"removed"_s, removed}}).toJson(QJsonDocument::Compact);
    const QJsonObject manifestJson{
        {u"format"_s, kFormat},
        {u"formatVersion"_s, kFormatVersion},
        {u"schemaVersion"_s, Schema::kVersion},
        {u"application"_s, QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()},
        {u"group"_s, QJsonObject{{u"uid"_s, manifest.groupUid},
                                 {u"name"_s, manifest.groupName},
                                 {u"organisation"_s, manifest.organisation}}},
        {u"exportedAt"_s, exportedAt},
        {u"basedOn"_s, manifest.basedOn},
        {u"counts"_s, QJsonObject{{u"meetings"_s, manifest.meetings},
                                  {u"nextSteps"_s, manifest.nextSteps},
                                  {u"measures"_s, manifest.measures}}},
        {u"firstMeeting"_s, manifest.firstMeeting.toString(Qt::ISODate)},
        {u"lastMeeting"_s, manifest.lastMeeting.toString(Qt::ISODate)},
        {u"record"_s, QJsonObject{{u"entry"_s, kRecordEntry},
                                  {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(
                                                    record, QCryptographicHash::Sha256).toHex())}}},
    };
    const QByteArray archive = ZipArchive::write(
        {{kManifestEntry, QJsonDocument(manifestJson).toJson(QJsonDocument::Indented)}, {kRecordEntry, record}});

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(archive) != archive.size() || !file.commit()) {
        *error = tr("Leda could not write the package %1: %2. Choose another folder (your Documents folder, for "
                    "example) or free some space on the disk.")
                     .arg(native(path), file.errorString());
        return false;
    }
    // From now on, a row changed here after exportedAt is a change since the two were in step. A
    // record opened read-only cannot note it; it cannot change either.
    if (database.isReadOnly())
        return true;
    SqlStatement step(database, u"INSERT INTO group_sync (group_uid, synced_at) VALUES (:uid, :at) "
                                "ON CONFLICT (group_uid) DO UPDATE SET synced_at = excluded.synced_at"_s);
    step.bind(u":uid"_s, manifest.groupUid).bind(u":at"_s, exportedAt);
    return step.exec(error);
}

bool GroupPackage::read(const QString &path, GroupPackage *package, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Leda could not open %1: %2.").arg(native(path), file.errorString());
        return false;
    }
    const auto damaged = [&](const QString &why) {
        *error = tr("%1 cannot be imported: it is damaged. %2 Nothing was changed. Export the group again and copy "
                    "the new file.")
                     .arg(native(path), why);
        return false;
    };
    const auto foreign = [&] {
        *error = tr("%1 is not a group package from Leda. Nothing was changed. Choose a file that Leda wrote with "
                    "File › Export group….")
                     .arg(native(path));
        return false;
    };
    if (file.size() > kLargestPackage)
        return foreign();
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("PK"))
        return foreign();
    QList<ZipArchive::Entry> entries;
    QString why;
    if (!ZipArchive::read(bytes, &entries, &why))
        return damaged(why);
    const auto entry = [&](const QString &name) {
        for (const ZipArchive::Entry &e : std::as_const(entries)) {
            if (e.name == name)
                return e.data;
        }
        return QByteArray();
    };
    const QJsonObject manifest = QJsonDocument::fromJson(entry(kManifestEntry)).object();
    if (manifest.value(u"format"_s).toString() != kFormat)
        return foreign();
    const int formatVersion = manifest.value(u"formatVersion"_s).toInt();
    const int schemaVersion = manifest.value(u"schemaVersion"_s).toInt();
    if (formatVersion > kFormatVersion || schemaVersion > Schema::kVersion) {
        *error = tr("%1 was exported by a newer version of Leda (record version %2; this Leda reads up to version "
                    "%3). Nothing was changed. Update Leda on this computer, then import the package again.")
                     .arg(native(path))
                     .arg(schemaVersion)
                     .arg(Schema::kVersion);
        return false;
    }
    const QByteArray record = entry(kRecordEntry);
    const QString sha256 = manifest.value(u"record"_s).toObject().value(u"sha256"_s).toString();
    if (record.isEmpty()
        || QString::fromLatin1(QCryptographicHash::hash(record, QCryptographicHash::Sha256).toHex()) != sha256)
        return damaged(tr("Its record does not match the checksum in its manifest."));
    const QJsonObject recordJson = QJsonDocument::fromJson(record).object();
    const QJsonObject tables = recordJson.value(u"tables"_s).toObject();
    QSet<QString> known;
    for (const RecordTable &table : RecordTables::groupTables())
        known.insert(table.name);
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        if (!known.contains(table.key()) || !table.value().isArray())
            return damaged(tr("It holds a table Leda does not know (%1).").arg(table.key()));
        for (const QJsonValue &row : table.value().toArray()) {
            if (row.toObject().value(u"uid"_s).toString().isEmpty())
                return damaged(tr("A row of %1 has no stable id.").arg(table.key()));
        }
    }
    const QJsonArray groups = tables.value(u"groups"_s).toArray();
    const QJsonObject group = manifest.value(u"group"_s).toObject();
    if (groups.size() != 1 || groups.first().toObject().value(u"uid"_s).toString() != group.value(u"uid"_s).toString())
        return damaged(tr("Its record does not hold the group its manifest names."));

    package->m_path = path;
    package->m_record = recordJson;
    Manifest &read = package->m_manifest;
    read = {};
    read.groupUid = group.value(u"uid"_s).toString();
    read.groupName = group.value(u"name"_s).toString();
    read.organisation = group.value(u"organisation"_s).toString();
    read.exportedAt = QDateTime::fromString(manifest.value(u"exportedAt"_s).toString(), Qt::ISODateWithMs);
    read.basedOn = manifest.value(u"basedOn"_s).toString();
    read.schemaVersion = schemaVersion;
    const QJsonObject counts = manifest.value(u"counts"_s).toObject();
    read.meetings = counts.value(u"meetings"_s).toInt();
    read.nextSteps = counts.value(u"nextSteps"_s).toInt();
    read.measures = counts.value(u"measures"_s).toInt();
    read.firstMeeting = QDate::fromString(manifest.value(u"firstMeeting"_s).toString(), Qt::ISODate);
    read.lastMeeting = QDate::fromString(manifest.value(u"lastMeeting"_s).toString(), Qt::ISODate);
    return true;
}

bool GroupPackage::preview(Database &database, Outcome *outcome, QString *error) const
{
    return merge(database, false, outcome, error);
}

bool GroupPackage::import(Database &database, Outcome *outcome, QString *error) const
{
    return merge(database, true, outcome, error);
}

bool GroupPackage::merge(Database &database, bool apply, Outcome *outcome, QString *error) const
{
    *outcome = {};
    Transaction change(database);
    if (!change.isActive()) {
        *error = tr("Leda could not start the import into %1. Try again in a moment.").arg(database.path());
        return false;
    }
    SqlStatement group(database, u"SELECT id FROM groups WHERE uid = :uid"_s);
    group.bind(u":uid"_s, m_manifest.groupUid);
    if (!group.exec(error))
        return false;
    outcome->newGroup = !group.next();
    outcome->groupId = outcome->newGroup ? 0 : group.value(0).toLongLong();

    // When each side was last in step with a package of the group: a row changed after that is a
    // change of that side.
    SqlStatement synced(database, u"SELECT synced_at FROM group_sync WHERE group_uid = :uid"_s);
    synced.bind(u":uid"_s, m_manifest.groupUid);
    if (!synced.exec(error))
        return false;
    const QString hereBase = synced.next() ? synced.value(0).toString() : QString();
    const QString &thereBase = m_manifest.basedOn;

    QHash<QString, QString> removedThere;
    for (const QJsonValue &removal : m_record.value(u"removed"_s).toArray())
        removedThere.insert(removal.toArray().at(0).toString(), removal.toArray().at(1).toString());
    QHash<QString, QString> removedHere;
    SqlStatement removals(database, u"SELECT uid, removed_at FROM removed_rows"_s);
    if (!removals.exec(error))
        return false;
    while (removals.next())
        removedHere.insert(removals.value(0).toString(), removals.value(1).toString());

    // How a row reads for the user: its texts, and people by name (ids mean nothing to anyone).
    const auto describe = [&](const QVariantMap &values, const QStringList &columns) {
        QStringList parts;
        for (const QString &column : columns) {
            const QString referenced = RecordTables::referencedTable(column);
            const QVariant value = values.value(column);
            if (referenced == u"members"_s && !value.isNull()) {
                SqlStatement name(database, u"SELECT name FROM members WHERE id = :id"_s);
                name.bind(u":id"_s, value);
                if (name.exec(nullptr) && name.next())
                    parts.append(name.value(0).toString());
            } else if (referenced.isEmpty() && !value.isNull() && !value.toString().isEmpty()) {
                parts.append(value.toString());
            }
        }
        const QString text = parts.join(u" · "_s);
        return text.size() > 300 ? text.left(299) + u'…' : text;
    };
    const auto what = [&](const RecordTable &table, const QVariantMap &values) {
        QString meetingDate;
        if (table.name == u"meetings"_s) {
            meetingDate = values.value(u"date"_s).toString();
        } else if (values.contains(u"meeting_id"_s)) {
            SqlStatement date(database, u"SELECT date FROM meetings WHERE id = :id"_s);
            date.bind(u":id"_s, values.value(u"meeting_id"_s));
            if (date.exec(nullptr) && date.next())
                meetingDate = date.value(0).toString();
        }
        return meetingDate.isEmpty() ? RecordTables::label(table)
                                     : tr("%1 (meeting %2)").arg(RecordTables::label(table), meetingDate);
    };

    struct Removal
    {
        QString table;
        QString uid;
    };
    QList<Removal> toRemove;
    QHash<QString, QHash<QString, qint64>> idOf; // table → stable id → id in this record
    const QJsonObject tables = m_record.value(u"tables"_s).toObject();
    for (const RecordTable &table : RecordTables::groupTables()) {
        const QSqlRecord fields = database.connection().record(table.name);
        const QStringList columns = columnNames(fields);
        const bool hasId = columns.contains(u"id"_s);
        const bool hasVersion = columns.contains(u"version"_s);
        QStringList content;
        for (const QString &column : columns) {
            if (!isBookkeeping(column))
                content.append(column);
        }
        const auto keyOf = [&](const QVariantMap &values) {
            QStringList parts;
            for (const QString &column : table.naturalKey) {
                if (!values.contains(column))
                    return QString();
                parts.append(RecordTables::canonical(values.value(column)));
            }
            return parts.join(QChar(0x1f));
        };

        // This record's rows of the group.
        QList<QVariantMap> here;
        QHash<QString, qsizetype> hereByUid;
        QHash<QString, qsizetype> hereByKey;
        if (!outcome->newGroup) {
            SqlStatement rows(database, RecordTables::rowsOfGroup(table, columns.join(u", "_s)));
            rows.bind(u":group"_s, outcome->groupId);
            if (!rows.exec(error))
                return false;
            while (rows.next()) {
                QVariantMap row;
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i), rows.value(i));
                const QString uid = row.value(u"uid"_s).toString();
                hereByUid.insert(uid, here.size());
                if (!table.naturalKey.isEmpty())
                    hereByKey.insert(keyOf(row), here.size());
                if (hasId)
                    idOf[table.name].insert(uid, row.value(u"id"_s).toLongLong());
                here.append(row);
            }
        }

        QSet<qsizetype> matched;
        for (const QJsonValue &value : tables.value(table.name).toArray()) {
            const QJsonObject there = value.toObject();
            const QString uid = there.value(u"uid"_s).toString();
            const QString changedThere = there.value(u"changed_at"_s).toString();
            // The row in this record's terms: references as this record's ids. A row whose
            // required reference is not here (its meeting stays removed here) is not placed.
            QVariantMap values;
            bool placed = true;
            for (const QString &column : std::as_const(content)) {
                if (!there.contains(column))
                    continue; // a package from an older Leda: the column's default
                const QString referenced = RecordTables::referencedTable(column);
                const QJsonValue cell = there.value(column);
                if (referenced.isEmpty() || cell.isNull()) {
                    values.insert(column, fromJson(cell));
                    continue;
                }
                const qint64 id = idOf.value(referenced).value(cell.toString());
                if (id == 0 && fields.field(column).requiredStatus() == QSqlField::Required)
                    placed = false;
                values.insert(column, id == 0 ? QVariant() : QVariant(id));
            }
            if (!placed)
                continue;
            qsizetype at = hereByUid.value(uid, -1);
            if (at < 0 && !table.naturalKey.isEmpty())
                at = hereByKey.value(keyOf(values), -1);
            if (at >= 0 && matched.contains(at))
                continue; // two rows of the package are one row here: the first one counts
            if (at < 0) {
                const QString removedAt = removedHere.value(uid);
                if (!removedAt.isEmpty()) {
                    const bool changedHere = removedAt > hereBase;
                    const bool changedThereSince = changedThere > thereBase;
                    const bool wins = packageWins(changedHere, removedAt, changedThereSince, changedThere);
                    if (changedHere && changedThereSince)
                        outcome->conflicts.append({what(table, values), tr("(removed here)"),
                                                   describe(values, content), wins});
                    if (!wins) {
                        ++outcome->unchanged;
                        continue;
                    }
                }
                QStringList names = values.keys();
                QStringList holders;
                for (int i = 0; i < names.size(); ++i)
                    holders.append(u":v%1"_s.arg(i));
                names << u"uid"_s << u"changed_at"_s;
                holders << u":uid"_s << u":changed"_s;
                SqlStatement insert(database, u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(
                                                  table.name, names.join(u", "_s), holders.join(u", "_s),
                                                  hasId ? u" RETURNING id"_s : QString()));
                for (int i = 0; i < names.size() - 2; ++i)
                    insert.bind(holders.at(i), values.value(names.at(i)));
                insert.bind(u":uid"_s, uid).bind(u":changed"_s, changedThere);
                if (!insert.exec(error)) {
                    // On a server a group this user may not see is still there: its stable id is taken
                    // (unique_violation, 23505).
                    if (table.name == u"groups"_s && database.isServer() && error->contains(u"(23505)"_s))
                        *error = tr("The group %1 is already on the server, but you have no access to it. Nothing was "
                                    "imported. Ask IT to give you access to the group, then import the package again.")
                                     .arg(m_manifest.groupName);
                    return false;
                }
                if (hasId)
                    idOf[table.name].insert(uid, insert.insertedId());
                ++outcome->added;
                continue;
            }
            matched.insert(at);
            const QVariantMap &row = here.at(at);
            if (hasId)
                idOf[table.name].insert(uid, row.value(u"id"_s).toLongLong());
            QStringList differing;
            for (auto cell = values.cbegin(); cell != values.cend(); ++cell) {
                if (RecordTables::canonical(cell.value()) != RecordTables::canonical(row.value(cell.key())))
                    differing.append(cell.key());
            }
            if (differing.isEmpty()) {
                ++outcome->unchanged;
                continue;
            }
            const QString changedHereAt = row.value(u"changed_at"_s).toString();
            const bool changedHere = changedHereAt > hereBase;
            const bool changedThereSince = changedThere > thereBase;
            const bool wins = packageWins(changedHere, changedHereAt, changedThereSince, changedThere);
            if (changedHere && changedThereSince)
                outcome->conflicts.append(
                    {what(table, row), describe(row, differing), describe(values, differing), wins});
            if (!wins) {
                ++outcome->unchanged;
                continue;
            }
            QStringList assignments;
            for (int i = 0; i < differing.size(); ++i)
                assignments.append(u"%1 = :v%2"_s.arg(differing.at(i)).arg(i));
            assignments.append(u"changed_at = :changed"_s);
            if (hasVersion)
                assignments.append(u"version = version + 1"_s); // an editor open on the row sees it changed
            SqlStatement update(database,
                                u"UPDATE %1 SET %2 WHERE uid = :uid"_s.arg(table.name, assignments.join(u", "_s)));
            for (int i = 0; i < differing.size(); ++i)
                update.bind(u":v%1"_s.arg(i), values.value(differing.at(i)));
            update.bind(u":changed"_s, changedThere).bind(u":uid"_s, row.value(u"uid"_s));
            if (!update.exec(error))
                return false;
            ++outcome->updated;
        }
        // Rows here that the package does not hold: removed there, or new here.
        for (qsizetype at = 0; at < here.size(); ++at) {
            if (matched.contains(at))
                continue;
            const QVariantMap &row = here.at(at);
            const QString removedAt = removedThere.value(row.value(u"uid"_s).toString());
            if (removedAt.isEmpty())
                continue;
            const QString changedHereAt = row.value(u"changed_at"_s).toString();
            const bool changedHere = changedHereAt > hereBase;
            const bool changedThere = removedAt > thereBase;
            const bool wins = packageWins(changedHere, changedHereAt, changedThere, removedAt);
            if (changedHere && changedThere)
                outcome->conflicts.append({what(table, row), describe(row, content), tr("(removed there)"), wins});
            if (wins)
                toRemove.append({table.name, row.value(u"uid"_s).toString()});
        }
    }
    // Children before their parents (a parent's removal takes its children with it).
    for (auto removal = toRemove.crbegin(); removal != toRemove.crend(); ++removal) {
        SqlStatement remove(database, u"DELETE FROM %1 WHERE uid = :uid"_s.arg(removal->table));
        remove.bind(u":uid"_s, removal->uid);
        if (!remove.exec(error))
            return false;
        outcome->removed += remove.rowsAffected() > 0 ? 1 : 0;
    }
    outcome->groupId = idOf.value(u"groups"_s).value(m_manifest.groupUid);

    SqlStatement step(database, u"INSERT INTO group_sync (group_uid, synced_at) VALUES (:uid, %1) "
                                "ON CONFLICT (group_uid) DO UPDATE SET synced_at = excluded.synced_at"_s.arg(
                                    Schema::now(database.engine())));
    step.bind(u":uid"_s, m_manifest.groupUid);
    if (!step.exec(error))
        return false;
    if (!apply)
        return true; // the change is rolled back: a preview changes nothing
    SearchIndex index(database);
    return index.rebuildGroup(outcome->groupId, error) && change.commit(error);
}

} // namespace Leda
