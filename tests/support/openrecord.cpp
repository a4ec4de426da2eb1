// leda-test-open DB [BACKUP]: opens DB as Leda does (migrating an older record, after backing it
// up) and prints "opened"; with BACKUP, then restores DB from it and prints "restored". The
// tests kill it at random moments while it does so.
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Leda::Database database;
    QString error;
    if (!database.open(QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    std::printf("opened\n");
    std::fflush(stdout);
    if (argc > 2) {
        if (!database.restore(QString::fromLocal8Bit(argv[2]), &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        std::printf("restored\n");
        std::fflush(stdout);
    }
    return 0;
}
