// leda-test-autosave-writer DB: streams edits through Leda's Autosave into DB and prints
// "saved N" for every edit once its transaction has committed. The SIGKILL test kills it
// at random moments and checks that every edit reported as saved is in the file.
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

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
    Leda::GroupStore groups(database);
    Leda::MeetingStore meetings(database);
    qint64 groupId = groups.groupByName(u"Skrivtest"_s).id;
    if (groupId == 0)
        groupId = groups.createGroup(u"Skrivtest"_s, {}, &error);
    Leda::Meeting meeting;
    meeting.groupId = groupId;
    meeting.date = QDate::currentDate();
    const qint64 meetingId = meetings.createMeeting(meeting, &error);
    if (meetingId == 0) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }

    Leda::Autosave autosave(database);
    QObject::connect(&autosave, &Leda::Autosave::saved, [](const QStringList &keys, const QDateTime &) {
        for (const QString &key : keys)
            std::printf("saved %s\n", qPrintable(key));
        std::fflush(stdout);
    });
    int edit = 0;
    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, [&] {
        // Each edit is its own row (a decision) plus an update of the meeting's free notes.
        for (int i = 0; i < 5; ++i) {
            const int number = ++edit;
            const QString key = QString::number(number);
            autosave.queue(key, [&meetings, meetingId, number](QString *writeError) {
                Leda::RecordItem item;
                item.meetingId = meetingId;
                item.kind = Leda::RecordKind::Decision;
                item.text = u"beslut %1 – åäö"_s.arg(number);
                return meetings.addRecordItem(item, writeError) > 0
                    && meetings.setFreeNotes(meetingId, u"senast %1"_s.arg(number), writeError);
            });
        }
        if (edit % 50 == 0)
            autosave.flush(); // besides the timer, as a page change would
    });
    editor.start(2);
    return app.exec();
}
