#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

// Reads from a database file through a separate, read-only SQLite connection: what another
// program, or Leda after a restart, would find in the file. (Leda's own Database class
// refuses a second open of a file that is in use.)
inline QVariantList peekColumn(const QString &path, const QString &sql)
{
    QVariantList values;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    values.append(query.value(0));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

inline QVariant peek(const QString &path, const QString &sql)
{
    const QVariantList values = peekColumn(path, sql);
    return values.isEmpty() ? QVariant() : values.first();
}
