#include "core/storage/recordcopy.h"

#include "core/storage/database.h"
#include "core/storage/recordtables.h"
#include "core/storage/searchindex.h"

#include <QCommandLineParser>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QStringList columns(Database &database, const QString &table)
{
    QStringList names;
    const QSqlRecord record = database.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

// Every table's rows ordered the same way on both engines: by their columns, left to right.
QString orderedSelect(const QString &table, const QStringList &names)
{
    return u"SELECT %1 FROM %2 ORDER BY %1"_s.arg(names.join(u", "_s), table);
}

QList<qint64> groupIds(Database &database)
{
    QList<qint64> ids;
    QSqlQuery query(database.connection());
    if (query.exec(u"SELECT id FROM groups ORDER BY id"_s)) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace

const QStringList &RecordCopy::tables()
{
    static const QStringList names = [] {
        QStringList all{u"film_progress"_s};
        for (const RecordTable &table : RecordTables::groupTables())
            all.append(table.name);
        all.append({u"removed_rows"_s, u"group_sync"_s});
        return all;
    }();
    return names;
}

bool RecordCopy::copy(Database &from, Database &to, QList<Table> *copied, QString *error)
{
    if (!groupIds(to).isEmpty()) {
        *error = tr("%1 already holds leadership groups. Move the record into a new, empty file or database, so "
                    "that nothing there is mixed up or overwritten.")
                     .arg(to.path());
        return false;
    }
    QSqlDatabase target = to.connection();
    if (!target.transaction()) {
        *error = tr("%1 could not start the copy: %2").arg(to.path(), target.lastError().text());
        return false;
    }
    const auto fail = [&](const QString &message) {
        *error = message;
        target.rollback();
        return false;
    };
    copied->clear();
    for (const QString &table : tables()) {
        const QStringList names = columns(to, table);
        if (names.isEmpty() || columns(from, table) != names)
            return fail(tr("The table %1 is not the same in %2 and %3: open both with this Leda first, so that both "
                           "are up to date.")
                            .arg(table, from.path(), to.path()));
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(orderedSelect(table, names)))
            return fail(tr("Leda could not read %1 from %2: %3").arg(table, from.path(), read.lastError().text()));
        QStringList holders;
        for (int i = 0; i < names.size(); ++i)
            holders.append(u"?"_s);
        QSqlQuery write(target);
        if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), holders.join(u", "_s))))
            return fail(tr("Leda could not write %1 to %2: %3").arg(table, to.path(), write.lastError().text()));
        int rows = 0;
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return fail(tr("Leda could not write %1 to %2: %3").arg(table, to.path(), write.lastError().text()));
            ++rows;
        }
        copied->append({table, rows});
    }
    if (to.isServer()) {
        // New rows on the server take ids after the copied ones.
        for (const QString &table : tables()) {
            if (!columns(to, table).contains(u"id"_s))
                continue;
            QSqlQuery sequence(target);
            if (!sequence.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 1), "
                               "MAX(id) IS NOT NULL) FROM %1"_s.arg(table)))
                return fail(tr("Leda could not write %1 to %2: %3").arg(table, to.path(), sequence.lastError().text()));
        }
    }
    // The search index, made anew in the target's own kind (FTS5 tables or the swedish documents).
    SearchIndex source(from);
    SearchIndex index(to);
    int entries = 0;
    for (const qint64 group : groupIds(from)) {
        for (const SearchIndex::Entry &entry : source.entries(group)) {
            QString indexError;
            if (!index.add(group, entry.source, entry.id, entry.meetingId, entry.kind, entry.body, &indexError))
                return fail(indexError);
            ++entries;
        }
    }
    copied->append({u"search"_s, entries});
    if (!target.commit())
        return fail(tr("%1 could not finish the copy: %2").arg(to.path(), target.lastError().text()));
    return true;
}

QStringList RecordCopy::compare(Database &a, Database &b)
{
    QStringList differences;
    for (const QString &table : tables()) {
        const QStringList names = columns(a, table);
        QSqlQuery left(a.connection());
        QSqlQuery right(b.connection());
        if (!left.exec(orderedSelect(table, names)) || !right.exec(orderedSelect(table, names))) {
            differences.append(u"%1: cannot be read"_s.arg(table));
            continue;
        }
        int row = 0;
        while (true) {
            const bool moreLeft = left.next();
            const bool moreRight = right.next();
            if (!moreLeft && !moreRight)
                break;
            ++row;
            if (moreLeft != moreRight) {
                differences.append(u"%1: a different number of rows (from row %2)"_s.arg(table).arg(row));
                break;
            }
            for (int i = 0; i < names.size(); ++i) {
                if (RecordTables::canonical(left.value(i)) != RecordTables::canonical(right.value(i))) {
                    differences.append(u"%1: row %2, %3: \"%4\" against \"%5\""_s.arg(table)
                                           .arg(row)
                                           .arg(names.at(i), RecordTables::canonical(left.value(i)), RecordTables::canonical(right.value(i))));
                    break;
                }
            }
        }
    }
    // The search index: the same entries for every group.
    SearchIndex left(a);
    SearchIndex right(b);
    for (const qint64 group : groupIds(a)) {
        const QList<SearchIndex::Entry> mine = left.entries(group);
        const QList<SearchIndex::Entry> theirs = right.entries(group);
        bool same = mine.size() == theirs.size();
        for (qsizetype i = 0; same && i < mine.size(); ++i) {
            same = mine.at(i).id == theirs.at(i).id && mine.at(i).source == theirs.at(i).source
                && mine.at(i).body == theirs.at(i).body && mine.at(i).meetingId == theirs.at(i).meetingId;
        }
        if (!same)
            differences.append(u"search: the entries of group %1 differ"_s.arg(group));
    }
    return differences;
}

bool MigrateCommand::isMigrate(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], "migrate") == 0;
}

int MigrateCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Move a whole record between a file and a region's server: leda migrate --from RECORD --to RECORD"));
    parser.addHelpOption();
    const QCommandLineOption fromOption(u"from"_s, tr("The record to copy: a file, or postgresql://…"), tr("record"));
    const QCommandLineOption toOption(u"to"_s, tr("Where to: a new file, or an empty database on a server."),
                                      tr("record"));
    const QCommandLineOption lang(u"lang"_s, tr("Language of the messages: sv or en."), tr("language"));
    parser.addOptions({fromOption, toOption, lang});
    QStringList rest = arguments;
    rest.removeAt(1); // "migrate"
    if (!parser.parse(rest) || !parser.isSet(fromOption) || !parser.isSet(toOption)) {
        err << (parser.errorText().isEmpty() ? tr("Name the record to copy and where to: --from RECORD --to RECORD.")
                                             : parser.errorText())
            << '\n';
        return 2;
    }
    Database from;
    Database to;
    QString error;
    if (!from.open(parser.value(fromOption), &error, Database::Access::ReadOnly)
        || !to.open(parser.value(toOption), &error)) {
        err << error << '\n';
        return 1;
    }
    QList<RecordCopy::Table> copied;
    if (!RecordCopy::copy(from, to, &copied, &error)) {
        err << error << '\n';
        return 1;
    }
    for (const RecordCopy::Table &table : std::as_const(copied))
        out << tr("%1: %2 rows").arg(table.name).arg(table.rows) << '\n';
    const QStringList differences = RecordCopy::compare(from, to);
    if (!differences.isEmpty()) {
        err << tr("The copy in %1 differs from %2:").arg(to.path(), from.path()) << '\n' << differences.join(u'\n') << '\n';
        return 1;
    }
    out << tr("Copied %1 to %2; every table compared row by row: the same.").arg(from.path(), to.path()) << '\n';
    return 0;
}

} // namespace Leda
