#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Leda {

class Database;

// The full-text index: on a file one FTS5 table per group, so a search (and the expansion of a
// prefix such as "patient*") only reads that group's entries; on a server one table with a
// Swedish text-search document per entry (search_entries, see Schema). Stores call it in the same transaction
// as the edit. The rowid is id * 4 + source, so an edit replaces exactly its own entry.
class SearchIndex final
{
public:
    enum class Source { Question = 0, Record = 1, NextStep = 2, Notes = 3 };

    explicit SearchIndex(Database &database);

    struct Entry
    {
        Source source;
        qint64 id;
        qint64 meetingId;
        QString kind;
        QString body;
    };
    // The group's entries as they are indexed (to move a record between a file and a server).
    QList<Entry> entries(qint64 groupId) const;

    bool put(qint64 groupId, Source source, qint64 id, qint64 meetingId, const QString &kind, const QString &body,
             QString *error);
    // The same for an entry known to be new (a group's index made anew, a record copied whole).
    bool add(qint64 groupId, Source source, qint64 id, qint64 meetingId, const QString &kind, const QString &body,
             QString *error);
    bool remove(qint64 groupId, Source source, qint64 id, QString *error);
    bool removeMeeting(qint64 groupId, qint64 meetingId, QString *error);
    bool dropGroup(qint64 groupId, QString *error);
    // The group's entries made anew from its record (after rows came in from a package).
    bool rebuildGroup(qint64 groupId, QString *error);

    // What is indexed of a question's notes and of a decision, choice or soft result.
    static QString questionBody(const QStringList &fields) { return fields.join(u' '); }
    static QString recordBody(const QString &text, const QString &reason) { return text + u' ' + reason; }

    bool hasGroup(qint64 groupId) const;
    static QString tableName(qint64 groupId);
    qint64 groupOfMeeting(qint64 meetingId) const;

private:
    bool ensureTable(qint64 groupId, QString *error);

    Database &m_database;
};

} // namespace Leda
