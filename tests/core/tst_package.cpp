// A group's record moved as a package (NAME.leda) between copies of the record: the laptop, the
// meeting-room PC, a region's server. The same steps on files and (hidden, [postgresql]) on a server.
#include "core/export/markdownwriter.h"
#include "core/export/outline.h"
#include "core/export/recordexport.h"
#include "core/package/grouppackage.h"
#include "core/package/ziparchive.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/searchstore.h"
#include "core/storage/sqlquery.h"
#include "support/bundledcourse.h"
#include "support/serverdatabase.h"
#include "support/seriesrecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

// Every document the group's record makes: the minutes of each meeting and the course report.
QStringList documents(Database &database, qint64 group)
{
    const Course &course = bundledContent().course;
    RecordOutline outline;
    RecordExport record(database, course);
    QStringList all;
    for (const Meeting &meeting : MeetingStore(database).meetings(group))
        all.append(MarkdownWriter::write(outline.minutes(record.minutes(meeting.id))));
    all.append(MarkdownWriter::write(outline.report(record.report(group))));
    return all;
}

// The rows a package holds, table by table, each table's rows in the order of their stable ids
// (what two packages of the same record share; each copy lists them in its own order of making).
QJsonObject packagedTables(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<ZipArchive::Entry> entries;
    QString error;
    if (!ZipArchive::read(file.readAll(), &entries, &error))
        return {};
    for (const ZipArchive::Entry &entry : std::as_const(entries)) {
        if (entry.name != u"record.json"_s)
            continue;
        QJsonObject tables = QJsonDocument::fromJson(entry.data).object().value(u"tables"_s).toObject();
        for (auto table = tables.begin(); table != tables.end(); ++table) {
            QList<QJsonValue> rows;
            for (const QJsonValue &row : table.value().toArray())
                rows.append(row);
            std::sort(rows.begin(), rows.end(), [](const QJsonValue &a, const QJsonValue &b) {
                return a.toObject().value(u"uid"_s).toString() < b.toObject().value(u"uid"_s).toString();
            });
            QJsonArray sorted;
            for (const QJsonValue &row : std::as_const(rows))
                sorted.append(row);
            table.value() = sorted;
        }
        return tables;
    }
    return {};
}

QString scalar(Database &database, const QString &sql)
{
    SqlStatement query(database, sql);
    return query.exec(nullptr) && query.next() ? query.value(0).toString() : u"(none)"_s;
}

qint64 groupNamed(Database &database, const QString &name)
{
    for (const Group &group : GroupStore(database).groups()) {
        if (group.name == name)
            return group.id;
    }
    return 0;
}

GroupPackage::Outcome imported(Database &database, const QString &path)
{
    GroupPackage package;
    GroupPackage::Outcome outcome;
    QString error;
    const bool done = GroupPackage::read(path, &package, &error) && package.import(database, &outcome, &error);
    INFO(error.toStdString());
    REQUIRE(done);
    return outcome;
}

// The laptop's record and the meeting room's, two files in dir.
struct TwoFiles
{
    QTemporaryDir dir;
    Database laptop;
    Database room;
    TwoFiles()
    {
        QString error;
        REQUIRE(laptop.open(dir.filePath(u"laptop.sqlite"_s), &error));
        REQUIRE(room.open(dir.filePath(u"room.sqlite"_s), &error));
    }
};

// The changes the two places make between two packages are some milliseconds apart, as people's are.
void later()
{
    QThread::msleep(15);
}

// The series between the laptop and the meeting room: the laptop has the group (a dozen open steps,
// long texts, measures, a follow-up); the room, which already keeps another group, imports it;
// both change it; each imports the other's package. Every document ends the same on both.
void roundTrip(Database &laptop, Database &room, const QString &folder)
{
    const Course &course = bundledContent().course;
    QString error;
    INFO(error.toStdString());
    REQUIRE(GroupStore(room).createGroup(u"Ledningsgruppen ortopeden"_s, {}, &error) > 0);
    const SeriesRecord series = seedSeriesRecord(laptop, course, 12, 4, 3, 600);
    REQUIRE(series.group > 0);
    MeetingStore laptopMeetings(laptop);
    NextStepStore laptopSteps(laptop);
    QuestionNote note{course.modules.at(3).id, 0, u"Vi mäter inte väntetiden."_s, u"Väntetiden syns varje vecka."_s,
                      u"Ta fram en mätplan."_s, {}, 0};
    REQUIRE(laptopMeetings.saveQuestionNote(series.meetings.last(), note, &error));
    const QList<NextStep> steps = laptopSteps.all(series.group);
    REQUIRE(steps.size() == 16);
    StepReview review;
    review.stepId = steps.first().id;
    review.meetingId = series.meetings.last();
    review.outcome = FollowUpOutcome::CarriedForward;
    review.newDue = QDate(2027, 4, 20);
    review.newOwner = StepOwner::member(series.members.at(2));
    REQUIRE(laptopSteps.review(review, &error));

    // 1. The laptop exports; the room imports: a new group there, every document the same.
    const QString first = folder + u"/first.leda"_s;
    REQUIRE(GroupPackage::write(laptop, series.group, first, &error));
    GroupPackage package;
    REQUIRE(GroupPackage::read(first, &package, &error));
    CHECK(package.manifest().groupName == u"Ledningsgruppen kirurgkliniken"_s);
    CHECK(package.manifest().meetings == 3);
    CHECK(package.manifest().nextSteps == 16);
    CHECK(package.manifest().measures == 3);
    CHECK(package.manifest().lastMeeting == QDate(2027, 3, 9));
    GroupPackage::Outcome preview;
    REQUIRE(package.preview(room, &preview, &error));
    CHECK(preview.newGroup);
    CHECK(preview.conflicts.isEmpty());
    CHECK(groupNamed(room, u"Ledningsgruppen kirurgkliniken"_s) == 0); // a preview changes nothing
    const GroupPackage::Outcome arrived = imported(room, first);
    CHECK(arrived.newGroup);
    CHECK(arrived.added > 100);
    const qint64 roomGroup = groupNamed(room, u"Ledningsgruppen kirurgkliniken"_s);
    REQUIRE(roomGroup == arrived.groupId);
    CHECK(roomGroup != series.group); // the room's own group came first: other ids, the same rows
    const QStringList laptopDocuments = documents(laptop, series.group);
    REQUIRE(laptopDocuments.size() == 4);
    CHECK(laptopDocuments.first().size() > 1000);
    CHECK(documents(room, roomGroup) == laptopDocuments);
    CHECK(SearchStore(room).search(roomGroup, u"mätplan"_s).size() == 1);
    // Imported again: nothing to do.
    const GroupPackage::Outcome again = imported(room, first);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.conflicts.isEmpty());

    // 2. Both change the record. The same decision: first on the laptop, then in the room (the
    // room's is newer); the same step: first in the room, then on the laptop (the laptop's is
    // newer). Each side also changes something the other leaves alone, adds and removes.
    MeetingStore roomMeetings(room);
    NextStepStore roomSteps(room);
    const qint64 roomToday = MeetingStore(room).meetings(roomGroup).last().id;
    RecordItem laptopDecision = laptopMeetings.recordItems(series.meetings.last()).first();
    RecordItem roomDecision = roomMeetings.recordItems(roomToday).first();
    REQUIRE(laptopDecision.text == roomDecision.text);
    NextStep laptopStep = laptopSteps.all(series.group).at(1);
    NextStep roomStep;
    for (const NextStep &candidate : roomSteps.all(roomGroup)) {
        if (candidate.what == laptopStep.what)
            roomStep = candidate;
    }
    REQUIRE(roomStep.id > 0);
    const qint64 laptopRemoved = laptopSteps.all(series.group).at(2).id;

    later();
    laptopDecision.text = u"Beslut 1, som processledaren skrev om hemma"_s;
    REQUIRE(laptopMeetings.updateRecordItem(laptopDecision, &error));
    later();
    roomDecision.text = u"Beslut 1, som gruppen formulerade i rummet"_s;
    REQUIRE(roomMeetings.updateRecordItem(roomDecision, &error));
    roomStep.what = u"Steg 2 enligt gruppen"_s;
    REQUIRE(roomSteps.update(roomStep, &error));
    later();
    laptopStep.what = u"Steg 2 enligt processledaren, senare"_s;
    REQUIRE(laptopSteps.update(laptopStep, &error));
    REQUIRE(laptopSteps.remove(laptopRemoved, &error));
    QuestionNote laptopNote = note;
    laptopNote.notes = u"Mätplanen stäms av med kvalitetsavdelningen."_s;
    REQUIRE(laptopMeetings.saveQuestionNote(series.meetings.last(), laptopNote, &error));
    REQUIRE(roomMeetings.addRecordItem({0, roomToday, RecordKind::SoftResult, u"Alla pratade i dag"_s, {}}, &error) > 0);
    REQUIRE(roomMeetings.setFreeNotes(roomToday, u"Anteckningar från rummet"_s, &error));

    // 3. The room's package comes to the laptop: both conflicts listed, each won by the newer.
    const QString second = folder + u"/second.leda"_s;
    REQUIRE(GroupPackage::write(room, roomGroup, second, &error));
    GroupPackage fromRoom;
    REQUIRE(GroupPackage::read(second, &fromRoom, &error));
    GroupPackage::Outcome plan;
    REQUIRE(fromRoom.preview(laptop, &plan, &error));
    CHECK(!plan.newGroup);
    REQUIRE(plan.conflicts.size() == 2);
    const auto conflictOn = [&](const QString &text) {
        for (const GroupPackage::Conflict &conflict : std::as_const(plan.conflicts)) {
            if (conflict.here.contains(text) || conflict.there.contains(text))
                return conflict;
        }
        return GroupPackage::Conflict{};
    };
    const GroupPackage::Conflict decision = conflictOn(u"Beslut 1"_s);
    CHECK(decision.what == u"A decision, choice or soft result (meeting 2027-03-09)"_s);
    CHECK(decision.here == u"Beslut 1, som processledaren skrev om hemma"_s);
    CHECK(decision.there == u"Beslut 1, som gruppen formulerade i rummet"_s);
    CHECK(decision.packageWins);
    const GroupPackage::Conflict step = conflictOn(u"Steg 2"_s);
    CHECK(step.what == u"A next step"_s);
    CHECK(step.here == u"Steg 2 enligt processledaren, senare"_s);
    CHECK(step.there == u"Steg 2 enligt gruppen"_s);
    CHECK(!step.packageWins);
    CHECK(laptopMeetings.recordItems(series.meetings.last()).first().text == laptopDecision.text); // previewed only

    const GroupPackage::Outcome merged = imported(laptop, second);
    CHECK(merged.conflicts.size() == 2);
    CHECK(laptopMeetings.recordItems(series.meetings.last()).first().text == roomDecision.text);
    CHECK(laptopSteps.nextStep(laptopStep.id).what == laptopStep.what);
    CHECK(laptopSteps.nextStep(laptopRemoved).id == 0); // removed on the laptop, untouched in the room
    CHECK(laptopMeetings.meeting(series.meetings.last()).freeNotes == u"Anteckningar från rummet"_s);
    CHECK(laptopMeetings.recordItems(series.meetings.last()).size() == 4);
    CHECK(laptopMeetings.questionNotes(series.meetings.last()).first().notes == laptopNote.notes);

    // 4. And back to the room: no conflicts left; the step removed on the laptop goes there too.
    const QString third = folder + u"/third.leda"_s;
    REQUIRE(GroupPackage::write(laptop, series.group, third, &error));
    const GroupPackage::Outcome back = imported(room, third);
    CHECK(back.conflicts.isEmpty());
    CHECK(back.removed >= 1);
    CHECK(roomSteps.all(roomGroup).size() == 15);
    CHECK(roomSteps.nextStep(roomStep.id).what == laptopStep.what);
    CHECK(documents(room, roomGroup) == documents(laptop, series.group));
    CHECK(SearchStore(room).search(roomGroup, u"processledaren"_s).size() == 1);
    // Both copies now make the same package, row by row (stable ids, times of change and all).
    const QString fromLaptop = folder + u"/laptop-again.leda"_s;
    const QString fromRoomAgain = folder + u"/room-again.leda"_s;
    REQUIRE(GroupPackage::write(laptop, series.group, fromLaptop, &error));
    REQUIRE(GroupPackage::write(room, roomGroup, fromRoomAgain, &error));
    const QJsonObject laptopRows = packagedTables(fromLaptop);
    CHECK(laptopRows.value(u"next_steps"_s).toArray().size() == 15);
    CHECK(laptopRows.value(u"next_step_reviews"_s).toArray().size() == 1);
    CHECK(laptopRows == packagedTables(fromRoomAgain));
}

} // namespace

TEST_CASE("package: a group moved between the laptop and the meeting room and back, changed on both sides: the "
          "same documents on both, conflicts listed and won by the newer change")
{
    TwoFiles files;
    Database &laptop = files.laptop;
    roundTrip(laptop, files.room, files.dir.path());
    // Every row has its own stable id, in the form of a UUID.
    CHECK(scalar(laptop, u"SELECT COUNT(DISTINCT uid) = COUNT(*) FROM next_steps"_s) == u"1"_s);
    CHECK(scalar(laptop, u"SELECT uid FROM groups LIMIT 1"_s)
              .contains(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)));
}

TEST_CASE("package: a group moved between a file and a region's server, both ways, changed on both sides",
          "[.][postgresql]")
{
    QTemporaryDir dir;
    ServerDatabase server;
    Database laptop;
    Database onServer;
    QString error;
    REQUIRE(laptop.open(dir.filePath(u"laptop.sqlite"_s), &error));
    REQUIRE(onServer.open(server.address, &error));
    roundTrip(laptop, onServer, dir.path());
}

TEST_CASE("package: the file is a zip that other programs read, with the manifest a person can read")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error));
    const SeriesRecord series = seedSeriesRecord(database, bundledContent().course, 12, 4, 3, 600);
    const QString path = dir.filePath(u"kirurgen.leda"_s);
    REQUIRE(GroupPackage::write(database, series.group, path, &error));
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    REQUIRE(!unzip.isEmpty());
    QProcess test;
    test.start(unzip, {u"-t"_s, path});
    REQUIRE(test.waitForFinished());
    INFO(test.readAll().toStdString());
    CHECK(test.exitCode() == 0);
    QProcess manifest;
    manifest.start(unzip, {u"-p"_s, path, u"manifest.json"_s});
    REQUIRE(manifest.waitForFinished());
    const QJsonObject json = QJsonDocument::fromJson(manifest.readAllStandardOutput()).object();
    CHECK(json.value(u"format"_s).toString() == u"leda-group"_s);
    CHECK(json.value(u"schemaVersion"_s).toInt() == Schema::kVersion);
    CHECK(json.value(u"group"_s).toObject().value(u"name"_s).toString() == u"Ledningsgruppen kirurgkliniken"_s);
    CHECK(json.value(u"record"_s).toObject().value(u"sha256"_s).toString().size() == 64);
    CHECK(GroupPackage::suggestedFileName(u"Ledningsgruppen: kirurg/ortoped"_s) == u"Ledningsgruppen kirurg ortoped.leda"_s);
}

TEST_CASE("package: a damaged, foreign or newer package is refused with a message naming it, and changes nothing")
{
    TwoFiles files;
    QTemporaryDir &dir = files.dir;
    Database &laptop = files.laptop;
    Database &room = files.room;
    QString error;
    const SeriesRecord series = seedSeriesRecord(laptop, bundledContent().course, 12, 4, 3, 600);
    const QString good = dir.filePath(u"good.leda"_s);
    REQUIRE(GroupPackage::write(laptop, series.group, good, &error));
    QFile file(good);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QList<ZipArchive::Entry> entries;
    REQUIRE(ZipArchive::read(bytes, &entries, &error));
    REQUIRE(entries.size() == 2);
    const QJsonObject manifest = QJsonDocument::fromJson(entries.at(0).data).object();

    const auto refused = [&](const QString &name, const QByteArray &content) {
        const QString path = dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        GroupPackage package;
        QString why;
        const bool read = GroupPackage::read(path, &package, &why);
        CHECK(!read);
        CHECK(why.contains(name));
        CHECK(why.contains(u"Nothing was changed"_s));
        CHECK(GroupStore(room).groups().isEmpty());
        return why;
    };
    QByteArray flipped = bytes;
    flipped[bytes.size() / 3] = char(flipped[bytes.size() / 3] ^ 0x5a);
    CHECK(refused(u"flipped.leda"_s, flipped).contains(u"damaged"_s));
    CHECK(refused(u"cut.leda"_s, bytes.left(bytes.size() - 200)).contains(u"damaged"_s));
    // The record changed after the manifest's checksum was made.
    QByteArray record = entries.at(1).data;
    record.replace("Beslut 1", "Beslut X");
    CHECK(refused(u"tampered.leda"_s, ZipArchive::write({entries.at(0), {u"record.json"_s, record}}))
              .contains(u"checksum"_s));
    QJsonObject newer = manifest;
    newer.insert(u"schemaVersion"_s, Schema::kVersion + 1);
    CHECK(refused(u"newer.leda"_s, ZipArchive::write({{u"manifest.json"_s, QJsonDocument(newer).toJson()}, entries.at(1)}))
              .contains(u"newer version of Leda"_s));
    QJsonObject foreign = manifest;
    foreign.insert(u"format"_s, u"something-else"_s);
    CHECK(refused(u"foreign.leda"_s, ZipArchive::write({{u"manifest.json"_s, QJsonDocument(foreign).toJson()}, entries.at(1)}))
              .contains(u"not a group package from Leda"_s));
    CHECK(refused(u"minutes.leda"_s, "Protokoll från mötet\n").contains(u"not a group package from Leda"_s));

    // The good one still imports.
    const GroupPackage::Outcome outcome = imported(room, good);
    CHECK(outcome.newGroup);
    CHECK(GroupStore(room).groups().size() == 1);
}

TEST_CASE("package on a server: importing a group one has no access to is refused with the reason, and changes "
          "nothing",
          "[.][postgresql]")
{
    ServerDatabase server;
    REQUIRE(server.addUsers({u"anna_ek"_s, u"bo_lind"_s}));
    QTemporaryDir dir;
    QString error;
    {
        Database owner; // IT's first start makes the tables
        REQUIRE(owner.open(server.address, &error));
    }
    const QString package = dir.filePath(u"medicin.leda"_s);
    Database anna;
    REQUIRE(anna.open(server.addressAs(u"anna_ek"_s), &error));
    const SeriesRecord series = seedSeriesRecord(anna, bundledContent().course, 12, 4, 3, 300);
    REQUIRE(series.group > 0);
    REQUIRE(GroupPackage::write(anna, series.group, package, &error));

    Database bo;
    REQUIRE(bo.open(server.addressAs(u"bo_lind"_s), &error));
    GroupPackage read;
    REQUIRE(GroupPackage::read(package, &read, &error));
    GroupPackage::Outcome outcome;
    CHECK(!read.import(bo, &outcome, &error));
    CHECK(error.contains(u"no access"_s));
    CHECK(error.contains(u"Ledningsgruppen kirurgkliniken"_s));
    CHECK(GroupStore(bo).groups().isEmpty());
    CHECK(server.rowsAs(u"leda"_s, u"SELECT * FROM meetings"_s) == 3); // Anna's three, nothing more
    // Anna herself brings the same package in: nothing to change.
    REQUIRE(read.import(anna, &outcome, &error));
    CHECK(outcome.added == 0);
    CHECK(outcome.updated == 0);
}
