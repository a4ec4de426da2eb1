#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Leda {

class Database;

// Moves a whole record between a file and a server (either way): every table's rows with their
// ids, and the search index made anew on the target, in one transaction there. The target must
// hold no group yet. Afterwards every table is compared row by row.
class RecordCopy final
{
    Q_DECLARE_TR_FUNCTIONS(RecordCopy)

public:
    struct Table
    {
        QString name;
        int rows = 0;
    };

    // False with *error when nothing was copied (the target is as it was).
    static bool copy(Database &from, Database &to, QList<Table> *copied, QString *error);
    // Every table's rows on both sides, in id order, value by value: the differences said
    // ("meetings: row 12 differs"), empty when the two records are the same.
    static QStringList compare(Database &a, Database &b);

    // The record's tables, each after the ones it refers to.
    static const QStringList &tables();
};

// leda migrate --from RECORD --to RECORD: RecordCopy for the command line, with what was copied
// and checked printed; non-zero with a message when it could not.
class MigrateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    static bool isMigrate(int argc, char **argv);
    static int run(const QStringList &arguments);
};

} // namespace Leda
