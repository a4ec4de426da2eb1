#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/transaction.h"
#include "support/catchqt.h"
#include "support/soakedits.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Leda;
using namespace Qt::StringLiterals;

TEST_CASE("edits reach the database within a second, without a save button")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error));
    GroupStore groups(database);
    const qint64 group = groups.createGroup(u"Grupp"_s, {}, &error);

    Autosave autosave(database);
    QSignalSpy saved(&autosave, &Autosave::saved);
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= 20; ++i) {
        autosave.queue(u"group-name"_s, [&, i](QString *writeError) {
            return groups.updateGroup({group, u"Namn %1"_s.arg(i), {}}, writeError);
        });
    }
    REQUIRE(autosave.state() == Autosave::State::Pending);
    REQUIRE(autosave.pendingCount() == 1); // the latest edit of a field wins

    // Read through a second connection, as another program (or a restarted Leda) would.
    Database reader;
    REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, 1000));
    REQUIRE(clock.elapsed() < 1000);
    REQUIRE(autosave.state() == Autosave::State::Saved);
    REQUIRE(groups.group(group).name == u"Namn 20"_s);
    database.close();
    REQUIRE(reader.open(dir.filePath(u"leda.sqlite"_s), &error));
    REQUIRE(GroupStore(reader).group(group).name == u"Namn 20"_s);
}

TEST_CASE("a failed save keeps the edit queued, says so, and saves it on the next try")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error));
    GroupStore groups(database);
    const qint64 group = groups.createGroup(u"Grupp"_s, {}, &error);
    Autosave autosave(database);
    QSignalSpy failed(&autosave, &Autosave::saveFailed);

    bool diskFull = true;
    autosave.queue(u"name"_s, [&](QString *writeError) {
        if (diskFull) {
            *writeError = u"database or disk is full"_s;
            return false;
        }
        return groups.updateGroup({group, u"Sparad till slut"_s, {}}, writeError);
    });
    REQUIRE_FALSE(autosave.flush());
    REQUIRE(failed.count() == 1);
    REQUIRE(autosave.state() == Autosave::State::Failed);
    REQUIRE(autosave.lastError().contains(u"disk is full"_s));
    REQUIRE(autosave.pendingCount() == 1);
    REQUIRE(groups.group(group).name == u"Grupp"_s); // rolled back, nothing half-written

    diskFull = false;
    REQUIRE(QTest::qWaitFor([&] { return autosave.state() == Autosave::State::Saved; }, Autosave::kRetryMs + 1000));
    REQUIRE(groups.group(group).name == u"Sparad till slut"_s);
}

TEST_CASE("killing Leda (SIGKILL) in the middle of a stream of edits loses no edit reported as saved")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    auto *random = QRandomGenerator::global();
    QSet<int> reported;
    int kills = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(LEDA_TEST_WRITER), {path});
        REQUIRE(writer.waitForStarted());
        // Let it save for a random while, collecting what it reports as saved.
        const int lifetimeMs = 150 + int(random->bounded(500));
        QElapsedTimer clock;
        clock.start();
        QByteArray output;
        while (clock.elapsed() < lifetimeMs) {
            writer.waitForReadyRead(20);
            output += writer.readAllStandardOutput();
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(5000));
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);
        ++kills;
        // Only complete lines were reported before the kill; a cut-off last line is not a report.
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).startsWith("saved "))
                reported.insert(lines.at(i).mid(6).toInt() + round * 1'000'000);
        }
        INFO("stderr: " << writer.readAllStandardError().toStdString());

        Database database;
        QString error;
        REQUIRE(database.open(path, &error));
        {
            QSqlQuery check(database.connection());
            REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
            REQUIRE(check.next());
            REQUIRE(check.value(0).toString() == u"ok"_s);
            // This round's meeting is the newest one; every edit it reported is there.
            REQUIRE(check.exec(u"SELECT text FROM record_items WHERE meeting_id = (SELECT max(id) FROM meetings)"_s));
            QSet<int> stored;
            while (check.next())
                stored.insert(check.value(0).toString().section(u' ', 1, 1).toInt() + round * 1'000'000);
            for (int edit : std::as_const(reported)) {
                if (edit / 1'000'000 == round)
                    REQUIRE(stored.contains(edit));
            }
        }
    }
    REQUIRE(kills == 25);
    REQUIRE(reported.size() > 100); // the writer really saved while it was being killed
}

TEST_CASE("a read-only database opens read-only and refuses changes with a message", "[.unprivileged]")
{
    INFO("run through tests/support/as_unprivileged.sh: file modes do not stop root");
    REQUIRE(::geteuid() != 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    {
        Database database;
        QString error;
        REQUIRE(database.open(path, &error));
        GroupStore(database).createGroup(u"Arkiverad grupp"_s, {}, &error);
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    Database database;
    QString error;
    REQUIRE(database.open(path, &error));
    REQUIRE(database.isReadOnly());
    GroupStore groups(database);
    REQUIRE(groups.groups().size() == 1);
    REQUIRE(groups.createGroup(u"Ny"_s, {}, &error) == 0);
    REQUIRE(error.contains(u"read-only"_s));
    REQUIRE(error.contains(path));
}

TEST_CASE("soak: 10 000 edits across 50 meetings, killed every few hundred, end equal to the same edits without a kill",
          "[.][soak]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    const quint32 seed = QRandomGenerator::global()->generate();
    constexpr int kEdits = 10'000;
    INFO("seed " << seed);
    auto *random = QRandomGenerator::global();
    int next = 0;
    int kills = 0;
    QElapsedTimer clock;
    clock.start();
    while (next < kEdits) {
        QProcess writer;
        writer.start(QStringLiteral(LEDA_TEST_SOAK_WRITER), {path, QString::number(seed), QString::number(kEdits)});
        REQUIRE(writer.waitForStarted());
        const int killAfter = 200 + int(random->bounded(400)); // edits reported in this run
        int reportedHere = 0;
        QByteArray output;
        bool finished = false;
        while (reportedHere < killAfter && !finished) {
            finished = writer.waitForFinished(0) || (!writer.waitForReadyRead(1000) && writer.state() == QProcess::NotRunning);
            output += writer.readAllStandardOutput();
            reportedHere = int(output.count("\nsaved ") + (output.startsWith("saved ") ? 1 : 0));
        }
        if (!finished && writer.state() == QProcess::Running) {
            ::kill(pid_t(writer.processId()), SIGKILL);
            REQUIRE(writer.waitForFinished(5000));
            ++kills;
        }
        output += writer.readAllStandardOutput();
        INFO("stderr: " << writer.readAllStandardError().toStdString());
        // Every edit reported as saved is in the record: the next run starts after the last one.
        const QList<QByteArray> lines = output.split('\n');
        int lastReported = next - 1;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).startsWith("saved "))
                lastReported = lines.at(i).mid(6).toInt();
        }
        Database database;
        QString error;
        REQUIRE(database.open(path, &error));
        QSqlQuery check(database.connection());
        REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
        REQUIRE(check.next());
        REQUIRE(check.value(0).toString() == u"ok"_s);
        REQUIRE(check.exec(u"SELECT last FROM soak_progress"_s));
        REQUIRE(check.next());
        const int stored = check.value(0).toInt();
        REQUIRE(stored >= lastReported); // nothing reported is missing (one more may have committed)
        REQUIRE(stored <= lastReported + 1);
        next = stored + 1;
    }
    const qint64 killedMs = clock.elapsed();

    // The same edits once more, in a record nobody kills: the model the soaked record must equal.
    QTemporaryDir modelDir;
    Database model;
    QString error;
    REQUIRE(model.open(modelDir.filePath(u"model.sqlite"_s), &error));
    const QList<qint64> meetings = SoakEdits::prepare(model, &error);
    REQUIRE(meetings.size() == SoakEdits::kMeetings);
    for (int index = 0; index < kEdits; ++index) {
        Transaction edit(model);
        REQUIRE(SoakEdits::apply(model, meetings, seed, index, &error));
        REQUIRE(edit.commit(&error));
    }
    Database soaked;
    REQUIRE(soaked.open(path, &error));
    const QStringList expected = SoakEdits::dump(model);
    const QStringList actual = SoakEdits::dump(soaked);
    REQUIRE(expected.size() > 1000);
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("row " << i);
        REQUIRE(actual.at(i) == expected.at(i));
    }
    REQUIRE(kills >= 15);
    WARN("soak: " << kEdits << " edits, " << kills << " kills, " << killedMs << " ms with kills, " << expected.size()
                  << " rows compared");
}
