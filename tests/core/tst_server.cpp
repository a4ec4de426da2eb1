// The record on a region's PostgreSQL server: the same schema, stores and documents as on a file.
// Hidden from the normal run ([.]): CTest runs these against a throwaway server (pg_cluster.sh).
#include "core/export/markdownwriter.h"
#include "core/export/outline.h"
#include "core/export/recordexport.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/recordcopy.h"
#include "core/storage/searchstore.h"
#include "core/storage/servernotices.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"
#include "support/bundledcourse.h"
#include "support/onemeeting.h"
#include "support/serverdatabase.h"
#include "support/seriesrecord.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

// The first line where two documents differ ("" when they are the same), to say what differs.
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'\n');
    const QStringList right = b.split(u'\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i))
            return u"line %1: file \"%2\", server \"%3\""_s.arg(i + 1).arg(left.value(i), right.value(i));
    }
    return {};
}

} // namespace

TEST_CASE("server: an empty database gets Leda's schema; another program's or a newer Leda's is refused unchanged",
          "[.][postgresql]")
{
    ServerDatabase server;
    {
        Database database;
        QString error;
        INFO(error.toStdString());
        REQUIRE(database.open(server.address, &error));
        CHECK(database.isServer());
        CHECK(database.schemaVersion() == Database::kSchemaVersion);
        CHECK(!database.path().contains(u"password"_s));
        GroupStore groups(database);
        REQUIRE(groups.createGroup(u"Ledningsgruppen på servern"_s, {}, &error) > 0);
        // Backups and restores are the server's (IT's), and said so.
        CHECK(database.backupIfChanged(u"start"_s, &error));
        CHECK(!database.restore(u"/tmp/x.sqlite"_s, &error));
        CHECK(error.contains(u"IT"_s));
    }
    {
        Database again; // opened a second time: nothing migrated again, the group still there
        QString error;
        REQUIRE(again.open(server.address, &error));
        CHECK(GroupStore(again).groupByName(u"Ledningsgruppen på servern"_s).id > 0);
    }
    // A newer Leda's database.
    REQUIRE(server.inDatabase(u"UPDATE leda_meta SET value = '99' WHERE key = 'schema_version'"_s));
    {
        Database newer;
        QString error;
        CHECK(!newer.open(server.address, &error));
        CHECK(error.contains(u"99"_s));
    }
    REQUIRE(server.inDatabase(u"UPDATE leda_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
        Database::kSchemaVersion)));

    // Another program's database: its table stays as it was.
    ServerDatabase foreign;
    REQUIRE(foreign.inDatabase(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"_s));
    REQUIRE(foreign.inDatabase(u"INSERT INTO invoices VALUES (1, 100)"_s));
    Database database;
    QString error;
    CHECK(!database.open(foreign.address, &error));
    CHECK(error.contains(u"another program"_s));
    CHECK(foreign.inDatabase(u"SELECT 1 FROM invoices WHERE amount = 100"_s));
    CHECK(!foreign.inDatabase(u"SELECT 1 FROM leda_meta"_s));
}

TEST_CASE("server: the same series on a file and on a server gives the same minutes and course report",
          "[.][postgresql]")
{
    const Course &course = bundledContent().course;
    QTemporaryDir dir;
    ServerDatabase server;
    Database file;
    Database onServer;
    QString error;
    REQUIRE(file.open(dir.filePath(u"leda.sqlite"_s), &error));
    REQUIRE(onServer.open(server.address, &error));
    // Twelve open steps, four new, three decisions, long texts; three measures with values.
    const SeriesRecord here = seedSeriesRecord(file, course, 12, 4, 3, 600);
    const SeriesRecord there = seedSeriesRecord(onServer, course, 12, 4, 3, 600);
    REQUIRE(there.meetings.size() == 3);
    REQUIRE(there.measures.size() == here.measures.size());
    RecordOutline outline;
    for (int i = 0; i < 3; ++i) {
        INFO("meeting " << i + 1);
        const QString fromFile = MarkdownWriter::write(outline.minutes(RecordExport(file, course).minutes(here.meetings.at(i))));
        const QString fromServer =
            MarkdownWriter::write(outline.minutes(RecordExport(onServer, course).minutes(there.meetings.at(i))));
        CHECK(fromServer.size() > 2000);
        CHECK(firstDifference(fromFile, fromServer) == QString());
    }
    const QString reportFromFile = MarkdownWriter::write(outline.report(RecordExport(file, course).report(here.group)));
    const QString reportFromServer =
        MarkdownWriter::write(outline.report(RecordExport(onServer, course).report(there.group)));
    CHECK(reportFromServer.size() > 2000);
    CHECK(firstDifference(reportFromFile, reportFromServer) == QString());
}

TEST_CASE("server: search stems Swedish words, takes prefixes, ranks and marks the matches", "[.][postgresql]")
{
    ServerDatabase server;
    Database database;
    QString error;
    REQUIRE(database.open(server.address, &error));
    GroupStore groups(database);
    MeetingStore meetings(database);
    const qint64 group = groups.createGroup(u"Ledningsgruppen"_s, {}, &error);
    const qint64 other = groups.createGroup(u"En annan grupp"_s, {}, &error);
    Meeting meeting;
    meeting.groupId = group;
    meeting.date = QDate(2027, 3, 9);
    const qint64 first = meetings.createMeeting(meeting, &error);
    meeting.date = QDate(2027, 4, 6);
    const qint64 second = meetings.createMeeting(meeting, &error);
    meeting.groupId = other;
    const qint64 elsewhere = meetings.createMeeting(meeting, &error);
    REQUIRE((first > 0 && second > 0 && elsewhere > 0));
    const auto decide = [&meetings, &error](qint64 meetingId, const QString &text) {
        RecordItem item;
        item.meetingId = meetingId;
        item.kind = RecordKind::Decision;
        item.text = text;
        return meetings.addRecordItem(item, &error);
    };
    REQUIRE(decide(first, u"Vi mäter väntetiderna till första besök"_s) > 0);
    REQUIRE(decide(second, u"Väntetid, väntetid och åter väntetid: patienterna väntar för länge"_s) > 0);
    REQUIRE(decide(elsewhere, u"Väntetiden i den andra gruppen"_s) > 0);
    const SearchStore search(database);
    // Stemmed (väntetiderna ~ väntetid), only this group's, the meeting that says it most first.
    const QList<SearchHit> hits = search.search(group, u"väntetid"_s);
    REQUIRE(hits.size() == 2);
    CHECK(hits.at(0).meetingId == second);
    CHECK(hits.at(1).meetingId == first);
    CHECK(hits.at(0).snippet.contains(u"<b>"_s));
    // A prefix, and every word must be there.
    CHECK(search.search(group, u"patie"_s).size() == 1);
    CHECK(search.search(group, u"väntetid besök"_s).size() == 1);
    CHECK(search.search(group, u"saknas"_s).isEmpty());
    // Nothing typed can break the query.
    CHECK(search.search(group, u"'); DROP TABLE meetings; -- & | ! :*"_s).isEmpty());
    CHECK(meetings.meeting(first).id == first);
}

TEST_CASE("server: a change that fails half-way leaves nothing of itself behind", "[.][postgresql]")
{
    ServerDatabase server;
    Database database;
    QString error;
    REQUIRE(database.open(server.address, &error));
    GroupStore groups(database);
    {
        Transaction change(database);
        REQUIRE(groups.createGroup(u"Halvvägs"_s, {}, &error) > 0);
        SqlStatement failing(database, u"INSERT INTO no_such_table VALUES (1)"_s);
        CHECK(!failing.exec(&error));
    } // not committed: rolled back
    CHECK(groups.groupByName(u"Halvvägs"_s).id == 0);
    {
        Transaction change(database);
        REQUIRE(groups.createGroup(u"Hela vägen"_s, {}, &error) > 0);
        REQUIRE(change.commit(&error));
    }
    CHECK(groups.groupByName(u"Hela vägen"_s).id > 0);
}

namespace {

// Runs the real leda binary with arguments; its exit code, and what it printed (both streams).
int runLeda(const QStringList &arguments, QString *output)
{
    QProcess leda;
    leda.setProcessChannelMode(QProcess::MergedChannels);
    leda.start(QStringLiteral(LEDA_TEST_LEDA), arguments + QStringList{u"--lang"_s, u"en"_s});
    REQUIRE(leda.waitForFinished(120000));
    *output = QString::fromUtf8(leda.readAll());
    return leda.exitCode();
}

QString minutesText(Database &database, qint64 meetingId)
{
    return MarkdownWriter::write(RecordOutline().minutes(RecordExport(database, bundledContent().course).minutes(meetingId)));
}

} // namespace

TEST_CASE("leda migrate: a series moved from a file to a server and back, row by row the same; a database that has "
          "groups is refused and left as it was",
          "[.][postgresql]")
{
    QTemporaryDir dir;
    ServerDatabase server;
    const QString file = dir.filePath(u"leda.sqlite"_s);
    SeriesRecord record;
    {
        Database seeding;
        QString error;
        REQUIRE(seeding.open(file, &error));
        record = seedSeriesRecord(seeding, bundledContent().course, 12, 4, 3, 600);
    }
    QString output;
    REQUIRE(runLeda({u"migrate"_s, u"--from"_s, file, u"--to"_s, server.address}, &output) == 0);
    INFO(output.toStdString());
    CHECK(output.contains(u"meetings: 3 rows"_s));
    CHECK(output.contains(u"row by row"_s));

    Database original;
    Database onServer;
    QString error;
    REQUIRE(original.open(file, &error, Database::Access::ReadOnly));
    REQUIRE(onServer.open(server.address, &error));
    CHECK(RecordCopy::compare(original, onServer).isEmpty());
    CHECK(minutesText(onServer, record.meetings.last()) == minutesText(original, record.meetings.last()));
    // Searched on the server as on the file, and new rows take ids after the copied ones.
    CHECK(SearchStore(onServer).search(record.group, u"väntetiden"_s).size()
          == SearchStore(original).search(record.group, u"väntetiden"_s).size());
    GroupStore groups(onServer);
    CHECK(groups.createGroup(u"Ny grupp på servern"_s, {}, &error) > record.group);
    CHECK(RecordCopy::compare(original, onServer) == QStringList{u"groups: a different number of rows (from row 2)"_s});

    // And back to a new file: the same again (the new group included).
    const QString back = dir.filePath(u"tillbaka.sqlite"_s);
    REQUIRE(runLeda({u"migrate"_s, u"--from"_s, server.address, u"--to"_s, back}, &output) == 0);
    Database returned;
    REQUIRE(returned.open(back, &error));
    CHECK(RecordCopy::compare(onServer, returned).isEmpty());
    CHECK(SearchStore(returned).search(record.group, u"väntetiden"_s).size()
          == SearchStore(original).search(record.group, u"väntetiden"_s).size());

    // Into a database that already has groups: refused, and nothing added.
    const int before = int(GroupStore(onServer).groups().size());
    CHECK(runLeda({u"migrate"_s, u"--from"_s, file, u"--to"_s, server.address}, &output) != 0);
    CHECK(output.contains(u"already holds"_s));
    CHECK(GroupStore(onServer).groups().size() == before);
}

TEST_CASE("server: a role granted one group can neither read nor change another group's rows, not even with plain SQL",
          "[.][postgresql]")
{
    ServerDatabase server;
    // IT's set-up: a role for Leda's users, and two process leaders in it.
    REQUIRE(server.addUsers({u"anna_ek"_s, u"bo_lind"_s}));
    qint64 medicine = 0;
    qint64 surgery = 0;
    {
        // Leda run by the database's owner (IT) makes the tables and two groups.
        Database owner;
        QString error;
        REQUIRE(owner.open(server.address, &error));
        GroupStore groups(owner);
        medicine = groups.createGroup(u"Ledningsgruppen medicin"_s, {}, &error);
        surgery = groups.createGroup(u"Ledningsgruppen kirurgi"_s, {}, &error);
        MeetingStore meetings(owner);
        for (const qint64 group : {medicine, surgery}) {
            Meeting meeting;
            meeting.groupId = group;
            meeting.date = QDate(2027, 3, 9);
            meeting.freeNotes = u"Hemligt för andra grupper"_s;
            REQUIRE(meetings.createMeeting(meeting, &error) > 0);
        }
    }
    REQUIRE(server.inDatabase(u"INSERT INTO group_access (group_id, role_name) VALUES (%1, 'anna_ek'), (%2, 'bo_lind')"_s
                                  .arg(medicine)
                                  .arg(surgery)));

    // Anna, with plain SQL: her group's rows only.
    CHECK(server.rowsAs(u"anna_ek"_s, u"SELECT * FROM groups"_s) == 1);
    CHECK(server.rowsAs(u"anna_ek"_s, u"SELECT * FROM meetings WHERE group_id = %1"_s.arg(surgery)) == 0);
    CHECK(server.rowsAs(u"anna_ek"_s, u"SELECT * FROM search_entries WHERE group_id = %1"_s.arg(surgery)) == 0);
    CHECK(server.rowsAs(u"anna_ek"_s, u"UPDATE meetings SET free_notes = 'ändrat' WHERE group_id = %1"_s.arg(surgery))
          == 0);
    CHECK(server.rowsAs(u"anna_ek"_s, u"DELETE FROM meetings WHERE group_id = %1"_s.arg(surgery)) == 0);
    CHECK(server.rowsAs(u"anna_ek"_s, u"INSERT INTO meetings (group_id, date, created_at) VALUES (%1, '2027-04-01', "
                                       "'2027-04-01')"_s.arg(surgery))
          == -1); // refused by the policy
    CHECK(server.rowsAs(u"anna_ek"_s, u"INSERT INTO group_access VALUES (%1, 'anna_ek')"_s.arg(surgery)) == -1);
    CHECK(server.rowsAs(u"bo_lind"_s, u"SELECT * FROM meetings WHERE free_notes = 'Hemligt för andra grupper'"_s) == 1);
    CHECK(server.rowsAs(u"anna_ek"_s, u"UPDATE meetings SET free_notes = 'ändrat' WHERE group_id = %1"_s.arg(medicine))
          == 1);

    // Anna in Leda: her group listed, the other not there at all; a group she makes is hers.
    Database asAnna;
    QString error;
    REQUIRE(asAnna.open(server.addressAs(u"anna_ek"_s), &error));
    GroupStore groups(asAnna);
    QStringList names;
    for (const Group &group : groups.groups())
        names.append(group.name);
    CHECK(names == QStringList{u"Ledningsgruppen medicin"_s});
    CHECK(MeetingStore(asAnna).meetings(surgery).isEmpty());
    const qint64 own = groups.createGroup(u"Annas nya grupp"_s, {}, &error);
    INFO(error.toStdString());
    REQUIRE(own > 0);
    CHECK(groups.group(own).name == u"Annas nya grupp"_s);
    CHECK(server.rowsAs(u"bo_lind"_s, u"SELECT * FROM groups WHERE id = %1"_s.arg(own)) == 0);
}

TEST_CASE("server: what one PC changes is announced to another within 2 seconds, by ids only, and a PC's own changes "
          "are not",
          "[.][postgresql]")
{
    ServerDatabase server;
    Database here;
    Database there;
    QString error;
    REQUIRE(here.open(server.address, &error));
    REQUIRE(there.open(server.address, &error));
    const OneMeeting made = seedOneMeeting(here);
    const qint64 meetingId = made.meeting;
    REQUIRE(meetingId > 0);

    ServerNotices notices(here);
    REQUIRE(notices.isListening());
    QSignalSpy spy(&notices, &ServerNotices::changed);
    // This PC's own change: nothing announced to itself.
    RecordItem own;
    own.meetingId = meetingId;
    own.text = u"Eget beslut"_s;
    REQUIRE(MeetingStore(here).addRecordItem(own, &error) > 0);
    QTest::qWait(300);
    CHECK(spy.isEmpty());

    // Another PC's: announced, quickly, with the meeting's id and no text.
    RecordItem theirs;
    theirs.meetingId = meetingId;
    theirs.text = u"Beslut från den andra datorn"_s;
    QElapsedTimer clock;
    clock.start();
    REQUIRE(MeetingStore(there).addRecordItem(theirs, &error) > 0);
    REQUIRE(spy.wait(2000));
    CHECK(clock.elapsed() < 2000);
    const auto change = spy.first().first().value<RecordChange>();
    CHECK(change.table == u"record_items"_s);
    CHECK(change.concernsMeeting(meetingId));
    CHECK(!RecordChange::parse(u"record_items meeting_id 12"_s).table.isEmpty());
    CHECK(RecordChange::parse(u"Beslut från den andra datorn"_s).table.isEmpty());
}

TEST_CASE("server: stopped in the middle of a stream of edits and started again, no edit is lost; the loss is said",
          "[.][postgresql]")
{
    ServerDatabase server;
    Database database;
    QString error;
    REQUIRE(database.open(server.address, &error));
    const OneMeeting made = seedOneMeeting(database);
    const qint64 meetingId = made.meeting;
    REQUIRE(meetingId > 0);
    MeetingStore meetings(database);
    Autosave autosave(database);
    QSignalSpy reconnected(&autosave, &Autosave::reconnected);
    const auto edit = [&](int i) {
        const QuestionNote note{u"modul-%1"_s.arg(i / 10), i % 10, u"I dag %1 åäö"_s.arg(i), u"Önskat %1"_s.arg(i), {}, {}};
        autosave.queue(u"note-%1"_s.arg(i), [&meetings, meetingId, note](QString *e) {
            return meetings.saveQuestionNote(meetingId, note, e);
        });
    };
    for (int i = 0; i < 20; ++i) {
        edit(i);
        REQUIRE(autosave.flush());
    }
    REQUIRE(ServerDatabase::stopServer());
    for (int i = 20; i < 30; ++i) {
        edit(i);
        CHECK(!autosave.flush()); // kept, not saved
    }
    CHECK(autosave.state() == Autosave::State::Failed);
    CHECK(autosave.lastError().contains(u"connection to the server"_s));
    REQUIRE(ServerDatabase::startServer());
    for (int i = 30; i < 40; ++i)
        edit(i);
    // The retry, on its own timer: connected again, everything saved.
    REQUIRE(QTest::qWaitFor([&autosave] { return autosave.state() == Autosave::State::Saved; }, 15000));
    CHECK(reconnected.size() == 1);

    Database check;
    REQUIRE(check.open(server.address, &error));
    const QList<QuestionNote> notes = MeetingStore(check).questionNotes(meetingId);
    CHECK(notes.size() == 40);
    for (const QuestionNote &note : notes) {
        INFO(note.moduleId.toStdString() << " " << note.questionIndex);
        const int i = note.moduleId.mid(6).toInt() * 10 + note.questionIndex;
        CHECK(note.today == u"I dag %1 åäö"_s.arg(i));
    }
}

TEST_CASE("server: over TLS with the server's certificate checked (sslmode=verify-full); a certificate for another "
          "name is refused with the reason, and nothing is written unencrypted",
          "[.][postgresql]")
{
    ServerDatabase server;
    const QUrl address = server.tlsAddress(); // localhost, the tests' own CA
    REQUIRE(!address.isEmpty());
    QString error;
    {
        Database database;
        const bool opened = database.open(address.toString(), &error);
        INFO(error.toStdString());
        REQUIRE(opened);
        SqlStatement ssl(database, u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
        REQUIRE(ssl.exec(&error));
        REQUIRE(ssl.next());
        CHECK(ssl.value(0).toBool());
        CHECK(ssl.value(1).toString().startsWith(u"TLSv1."_s));
        CHECK(seedOneMeeting(database).meeting > 0);
    }
    // The same server by its IP address: the certificate names localhost, so verify-full refuses.
    QUrl byNumber = address;
    byNumber.setHost(u"127.0.0.1"_s);
    Database refused;
    CHECK(!refused.open(byNumber.toString(), &error));
    CHECK(error.contains(u"127.0.0.1"_s));
    CHECK(error.contains(u"does not match host name"_s));
    CHECK(!refused.isOpen());
}
