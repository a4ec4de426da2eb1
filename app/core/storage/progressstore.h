#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Leda {

class Database;

struct FilmProgress
{
    QDateTime watchedAt; // invalid until the group has watched the film
    qint64 durationMs = 0;
    bool watched() const { return watchedAt.isValid(); }
};

// Which modules' films the group has watched (and film lengths learnt while playing).
class ProgressStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressStore)

public:
    explicit ProgressStore(Database &database);

    QHash<QString, FilmProgress> all() const;
    FilmProgress progress(const QString &moduleId) const;
    bool markWatched(const QString &moduleId, const QDateTime &when, QString *error);
    bool recordDuration(const QString &moduleId, qint64 durationMs, QString *error);

private:
    Database &m_database;
};

} // namespace Leda
