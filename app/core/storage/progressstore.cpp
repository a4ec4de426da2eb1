#include "core/storage/progressstore.h"

#include "core/storage/database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// watched_at and duration_ms from the given columns of the current row.
FilmProgress readProgress(const QSqlQuery &query, int firstColumn)
{
    FilmProgress progress;
    if (!query.value(firstColumn).isNull())
        progress.watchedAt = QDateTime::fromString(query.value(firstColumn).toString(), Qt::ISODate);
    progress.durationMs = query.value(firstColumn + 1).toLongLong();
    return progress;
}

} // namespace

ProgressStore::ProgressStore(Database &database)
    : m_database(database)
{
}

QHash<QString, FilmProgress> ProgressStore::all() const
{
    QHash<QString, FilmProgress> result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT module_id, watched_at, duration_ms FROM film_progress"_s);
    if (!query.exec())
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), readProgress(query, 1));
    return result;
}

FilmProgress ProgressStore::progress(const QString &moduleId) const
{
    FilmProgress progress;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT watched_at, duration_ms FROM film_progress WHERE module_id = :id"_s);
    query.bindValue(u":id"_s, moduleId);
    if (query.exec() && query.next())
        progress = readProgress(query, 0);
    return progress;
}

bool ProgressStore::markWatched(const QString &moduleId, const QDateTime &when, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO film_progress (module_id, watched_at) VALUES (:id, :at) "
                  "ON CONFLICT(module_id) DO UPDATE SET watched_at = excluded.watched_at"_s);
    query.bindValue(u":id"_s, moduleId);
    query.bindValue(u":at"_s, when.toUTC().toString(Qt::ISODate));
    if (!query.exec()) {
        *error = tr("Could not save to %1: %2").arg(QDir::toNativeSeparators(m_database.path()),
                                                   query.lastError().text());
        return false;
    }
    return true;
}

bool ProgressStore::recordDuration(const QString &moduleId, qint64 durationMs, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO film_progress (module_id, duration_ms) VALUES (:id, :ms) "
                  "ON CONFLICT(module_id) DO UPDATE SET duration_ms = excluded.duration_ms"_s);
    query.bindValue(u":id"_s, moduleId);
    query.bindValue(u":ms"_s, durationMs);
    if (!query.exec()) {
        *error = tr("Could not save to %1: %2").arg(QDir::toNativeSeparators(m_database.path()),
                                                   query.lastError().text());
        return false;
    }
    return true;
}

} // namespace Leda
