// leda-test-soak-writer DB SEED COUNT: applies the soak's edits to DB, each in one transaction
// with the number of the last edit applied (so a writer started again after a SIGKILL goes on
// where the record says it stopped), and prints "saved N" once an edit has committed.
#include "core/storage/transaction.h"
#include "support/soakedits.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const quint32 seed = QByteArray(argv[2]).toUInt();
    const int count = QByteArray(argv[3]).toInt();
    Leda::Database database;
    QString error;
    if (!database.open(QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QSqlQuery progress(database.connection());
    progress.exec(u"CREATE TABLE IF NOT EXISTS soak_progress (last INTEGER NOT NULL)"_s);
    int next = 0;
    if (progress.exec(u"SELECT last FROM soak_progress"_s) && progress.next())
        next = progress.value(0).toInt() + 1;
    const QList<qint64> meetings = SoakEdits::prepare(database, &error);
    if (meetings.size() != SoakEdits::kMeetings) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    for (int index = next; index < count; ++index) {
        Leda::Transaction edit(database);
        QSqlQuery mark(database.connection());
        if (!SoakEdits::apply(database, meetings, seed, index, &error)
            || !mark.exec(u"DELETE FROM soak_progress"_s)
            || !mark.exec(u"INSERT INTO soak_progress (last) VALUES (%1)"_s.arg(index)) || !edit.commit(&error)) {
            QTextStream(stderr) << "edit " << index << ": " << error << '\n';
            return 1;
        }
        std::printf("saved %d\n", index);
        std::fflush(stdout);
    }
    return 0;
}
