#include "core/export/recordexport.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/progressstore.h"
#include "core/storage/searchstore.h"
#include "support/catchqt.h"
#include "support/testpaths.h"
#include "support/testrecord.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

struct Record
{
    QTemporaryDir dir;
    Database database;
    GroupStore groups{database};
    MeetingStore meetings{database};
    NextStepStore nextSteps{database};
    SearchStore search{database};
    QString error;

    Record()
    {
        REQUIRE(database.open(testRecord(dir), &error));
    }

    qint64 meetingOn(qint64 groupId, const QDate &date)
    {
        Meeting meeting;
        meeting.groupId = groupId;
        meeting.date = date;
        const qint64 id = meetings.createMeeting(meeting, &error);
        REQUIRE(id > 0);
        return id;
    }
};

QString scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

QByteArray checksum(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

TEST_CASE("a version 1 database is migrated to the current schema, keeping its rows, after a backup")
{
    QTemporaryDir dir;
    const QString path = TestPaths::fixtureCopy(dir, u"schema-v1.sqlite"_s, u"leda.sqlite"_s);
    REQUIRE_FALSE(path.isEmpty());
    const QByteArray original = checksum(path);

    Database database;
    QString error;
    REQUIRE(database.open(path, &error));
    REQUIRE(database.schemaVersion() == Database::kSchemaVersion);
    ProgressStore progress(database);
    REQUIRE(progress.progress(u"introduktion"_s).watched());
    REQUIRE(progress.progress(u"jamlik-vard"_s).durationMs == 185'000);
    REQUIRE(scalar(database, u"SELECT count(*) FROM sqlite_master WHERE name = 'next_step_events'"_s) == u"1"_s);

    const auto backups = Database::backups(path);
    REQUIRE(backups.size() == 1);
    REQUIRE(backups.first().reason == u"before-migration-v1"_s);
    REQUIRE(checksum(backups.first().path).size() > 0);
    Database copy;
    REQUIRE(QFile::copy(backups.first().path, dir.filePath(u"copy.sqlite"_s)));
    // The backup is the version 1 file as it was (a consistent copy, not the migrated one).
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-backup"_s);
    raw.setDatabaseName(backups.first().path);
    REQUIRE(raw.open());
    {
        QSqlQuery query(raw);
        REQUIRE(query.exec(u"PRAGMA user_version"_s));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() == 1);
        REQUIRE(query.exec(u"SELECT count(*) FROM film_progress"_s));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() == 2);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw-backup"_s);
    REQUIRE(original.size() > 0);
}

TEST_CASE("a migration that fails rolls back and leaves the file as it was")
{
    QTemporaryDir dir;
    const QString path = TestPaths::fixtureCopy(dir, u"schema-v1-conflict.sqlite"_s, u"leda.sqlite"_s);
    REQUIRE_FALSE(path.isEmpty());
    Database database;
    QString error;
    REQUIRE_FALSE(database.open(path, &error));
    REQUIRE(error.contains(path));
    REQUIRE_FALSE(database.isOpen());

    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-conflict"_s);
    raw.setDatabaseName(path);
    REQUIRE(raw.open());
    {
        QSqlQuery query(raw);
        REQUIRE(query.exec(u"PRAGMA user_version"_s));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() == 1);
        REQUIRE(query.exec(u"SELECT note FROM meetings"_s));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toString() == u"handskriven rad"_s);
        REQUIRE(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'groups'"_s));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() == 0);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw-conflict"_s);
}

TEST_CASE("groups and members: create, read, update, delete", "[storage]")
{
    Record r;
    const qint64 id = r.groups.createGroup(u"Ledningsgruppen medicinkliniken"_s, u"Region Östergötland"_s, &r.error);
    INFO(r.error.toStdString());
    REQUIRE(id > 0);
    REQUIRE(r.groups.createGroup(u"Vårdcentralen Åby"_s, {}, &r.error) > 0);
    REQUIRE(r.groups.groups().size() == 2);
    Group group = r.groups.group(id);
    REQUIRE(group.organisation == u"Region Östergötland"_s);
    group.name = u"Ledningsgrupp medicin"_s;
    REQUIRE(r.groups.updateGroup(group, &r.error));
    REQUIRE(r.groups.groupByName(u"Ledningsgrupp medicin"_s).id == id);

    const qint64 anna = r.groups.addMember({0, id, u"Anna Ödman"_s, RoleLevel::SeniorManagement, true}, &r.error);
    const qint64 bo = r.groups.addMember({0, id, u"Bo Åkesson"_s, RoleLevel::FirstLineManager, true}, &r.error);
    REQUIRE(anna > 0);
    REQUIRE(bo > 0);
    QList<Member> members = r.groups.members(id);
    REQUIRE(members.size() == 2);
    REQUIRE(members.at(0).role == RoleLevel::SeniorManagement);
    members[1].role = RoleLevel::ProcessRole;
    members[1].active = false;
    REQUIRE(r.groups.updateMember(members.at(1), &r.error));
    REQUIRE(r.groups.members(id).at(1).role == RoleLevel::ProcessRole);
    REQUIRE_FALSE(r.groups.members(id).at(1).active);
    REQUIRE(r.groups.removeMember(anna, &r.error));
    REQUIRE(r.groups.members(id).size() == 1);
    REQUIRE(r.groups.removeGroup(id, &r.error));
    REQUIRE(r.groups.group(id).id == 0);
    REQUIRE(r.groups.members(id).isEmpty()); // members go with their group
}

TEST_CASE("a meeting's minutes: details, modules, attendance, guests, worksheet, decisions, choices, soft results", "[storage]")
{
    Record r;
    const qint64 group = r.groups.createGroup(u"Ledningsgruppen"_s, {}, &r.error);
    const qint64 anna = r.groups.addMember({0, group, u"Anna"_s, RoleLevel::SeniorManagement, true}, &r.error);
    const qint64 bo = r.groups.addMember({0, group, u"Bo"_s, RoleLevel::FirstLineManager, true}, &r.error);

    Meeting meeting;
    meeting.groupId = group;
    meeting.date = QDate(2026, 11, 2);
    meeting.startTime = QTime(13, 0);
    meeting.endTime = QTime(15, 0);
    meeting.place = u"Konferensrum Ängen"_s;
    meeting.moduleIds = {u"introduktion"_s, u"ledningsgruppens-uppdrag"_s};
    const qint64 id = r.meetings.createMeeting(meeting, &r.error);
    REQUIRE(id > 0);
    Meeting stored = r.meetings.meeting(id);
    REQUIRE(stored.date == QDate(2026, 11, 2));
    REQUIRE(stored.startTime == QTime(13, 0));
    REQUIRE(stored.place == u"Konferensrum Ängen"_s);
    REQUIRE(stored.moduleIds == meeting.moduleIds);
    stored.place = u"Rum 4"_s;
    stored.endTime = QTime(15, 30);
    REQUIRE(r.meetings.updateDetails(stored, &r.error));
    REQUIRE(r.meetings.setModules(id, {u"ledningsgruppens-uppdrag"_s}, &r.error));
    REQUIRE(r.meetings.setFreeNotes(id, u"Vi börjar nästa möte med en runda."_s, &r.error));
    stored = r.meetings.meeting(id);
    REQUIRE(stored.place == u"Rum 4"_s);
    REQUIRE(stored.endTime == QTime(15, 30));
    REQUIRE(stored.moduleIds == QStringList{u"ledningsgruppens-uppdrag"_s});
    REQUIRE(stored.freeNotes == u"Vi börjar nästa möte med en runda."_s);
    REQUIRE(r.meetings.meetingOn(group, QDate(2026, 11, 2)).id == id);

    REQUIRE(r.meetings.setAttendance(id, anna, true, &r.error));
    REQUIRE(r.meetings.setAttendance(id, bo, true, &r.error));
    REQUIRE(r.meetings.setAttendance(id, bo, false, &r.error));
    const auto attendance = r.meetings.attendance(id);
    REQUIRE(attendance.value(anna) == true);
    REQUIRE(attendance.value(bo) == false);
    const qint64 guest = r.meetings.addGuest(id, {0, u"Cecilia"_s, u"patientrepresentant"_s}, &r.error);
    REQUIRE(r.meetings.updateGuest({guest, u"Cecilia Ek"_s, u"patientrepresentant"_s}, &r.error));
    REQUIRE(r.meetings.guests(id).first().name == u"Cecilia Ek"_s);
    REQUIRE(r.meetings.removeGuest(guest, &r.error));
    REQUIRE(r.meetings.guests(id).isEmpty());

    QuestionNote note{u"ledningsgruppens-uppdrag"_s, 2, u"Vi följer inga processmått."_s,
                      u"Två mått i varje möte."_s, u"Jag tar fram ett körschema."_s, {}};
    REQUIRE(r.meetings.saveQuestionNote(id, note, &r.error));
    note.notes = u"Diskussionen tog 20 minuter."_s;
    REQUIRE(r.meetings.saveQuestionNote(id, note, &r.error));
    const auto notes = r.meetings.questionNotes(id);
    REQUIRE(notes.size() == 1);
    REQUIRE(notes.first().today == u"Vi följer inga processmått."_s);
    REQUIRE(notes.first().notes == u"Diskussionen tog 20 minuter."_s);

    const qint64 decision = r.meetings.addRecordItem({0, id, RecordKind::Decision, u"Förbättringsarbete blir en stående punkt."_s, {}}, &r.error);
    const qint64 choice = r.meetings.addRecordItem({0, id, RecordKind::Choice, u"Vi börjar med flödet på akuten."_s, u"Längst väntetider."_s}, &r.error);
    const qint64 soft = r.meetings.addRecordItem({0, id, RecordKind::SoftResult, u"Bättre samarbetsklimat."_s, {}}, &r.error);
    REQUIRE(decision > 0);
    REQUIRE(choice > 0);
    REQUIRE(soft > 0);
    auto items = r.meetings.recordItems(id);
    REQUIRE(items.size() == 3);
    REQUIRE(items.at(1).kind == RecordKind::Choice);
    REQUIRE(items.at(1).reason == u"Längst väntetider."_s);
    items[0].text = u"Förbättringsarbete blir en stående punkt på varje möte."_s;
    REQUIRE(r.meetings.updateRecordItem(items.at(0), &r.error));
    REQUIRE(r.meetings.removeRecordItem(soft, &r.error));
    items = r.meetings.recordItems(id);
    REQUIRE(items.size() == 2);
    REQUIRE(items.at(0).text.endsWith(u"varje möte."_s));

    REQUIRE(r.meetings.removeMeeting(id, &r.error));
    REQUIRE(r.meetings.meeting(id).id == 0);
    REQUIRE(r.meetings.recordItems(id).isEmpty());
    REQUIRE(r.meetings.questionNotes(id).isEmpty());
}

TEST_CASE("next steps come back at the next meetings and keep their history across three meetings", "[storage]")
{
    Record r;
    const qint64 group = r.groups.createGroup(u"Ledningsgruppen"_s, {}, &r.error);
    const qint64 otherGroup = r.groups.createGroup(u"En annan grupp"_s, {}, &r.error);
    const qint64 anna = r.groups.addMember({0, group, u"Anna"_s, RoleLevel::SeniorManagement, true}, &r.error);
    const qint64 first = r.meetingOn(group, QDate(2026, 9, 7));
    const qint64 elsewhere = r.meetingOn(otherGroup, QDate(2026, 9, 8));

    auto add = [&](qint64 meeting, const QString &what) {
        NextStep step;
        step.originMeetingId = meeting;
        step.what = what;
        step.owner = StepOwner::member(anna);
        step.due = QDate(2026, 10, 1);
        const qint64 id = r.nextSteps.add(step, &r.error);
        REQUIRE(id > 0);
        return id;
    };
    const qint64 chart = add(first, u"Ta fram ett körschema för väntetider"_s);
    const qint64 invite = add(first, u"Bjuda in en patientrepresentant"_s);
    const qint64 survey = add(first, u"Gå igenom PREM-enkäten"_s);
    add(elsewhere, u"Den andra gruppens steg"_s);
    REQUIRE(r.nextSteps.nextStep(chart).groupId == group);
    REQUIRE(r.nextSteps.nextStep(chart).owner.memberId == anna);

    const qint64 second = r.meetingOn(group, QDate(2026, 10, 5));
    QList<FollowUpItem> open = r.nextSteps.followUp(second);
    REQUIRE(open.size() == 3);
    REQUIRE(open.at(0).step.what == u"Ta fram ett körschema för väntetider"_s);
    REQUIRE(open.at(0).originDate == QDate(2026, 9, 7));
    REQUIRE(open.at(0).review.outcome == FollowUpOutcome::NotReviewed);
    const qint64 bo = r.groups.addMember({0, group, u"Bo"_s, RoleLevel::FirstLineManager, true}, &r.error);
    REQUIRE(r.nextSteps.review({chart, second, FollowUpOutcome::Done, {}, {}, {}, {}, {}, {}}, &r.error));
    REQUIRE(r.nextSteps.review({invite, second, FollowUpOutcome::CarriedForward, QDate(2026, 11, 1), StepOwner::member(bo), {}, {}, {}, {}},
                               &r.error));
    REQUIRE(r.nextSteps.review({survey, second, FollowUpOutcome::Dropped, {}, {}, u"Enkäten är inställd"_s, {}, {}, {}},
                               &r.error));
    const qint64 fromSecond = add(second, u"Boka tid med kvalitetsregistret"_s);
    // The carry-forward gives the step its new date and owner now …
    REQUIRE(r.nextSteps.nextStep(invite).due == QDate(2026, 11, 1));
    REQUIRE(r.nextSteps.nextStep(invite).owner.memberId == bo);
    // … while the first meeting's record keeps the step as it was set there, still open.
    QList<NextStep> setAtFirst = r.nextSteps.fromMeeting(first);
    REQUIRE(setAtFirst.size() == 3);
    for (const NextStep &step : setAtFirst) {
        REQUIRE(step.status == NextStepStatus::Open);
        REQUIRE(step.due == QDate(2026, 10, 1));
        REQUIRE(step.owner.memberId == anna);
    }
    // The second meeting's follow-up keeps its outcomes, with the step as it stood when it began.
    open = r.nextSteps.followUp(second);
    REQUIRE(open.size() == 3);
    REQUIRE(open.at(1).review.outcome == FollowUpOutcome::CarriedForward);
    REQUIRE(open.at(1).review.newDue == QDate(2026, 11, 1));
    REQUIRE(open.at(1).step.owner.memberId == anna);
    REQUIRE(open.at(2).review.reason == u"Enkäten är inställd"_s);

    const qint64 third = r.meetingOn(group, QDate(2026, 11, 2));
    open = r.nextSteps.followUp(third);
    REQUIRE(open.size() == 2);
    REQUIRE(open.at(0).step.id == invite);
    REQUIRE(open.at(0).step.owner.memberId == bo); // as it stood when the third meeting began
    REQUIRE(open.at(1).step.id == fromSecond);
    REQUIRE(r.nextSteps.review({invite, third, FollowUpOutcome::Done, {}, {}, {}, {}, {}, {}}, &r.error));
    REQUIRE(r.nextSteps.review({fromSecond, third, FollowUpOutcome::InProgress, {}, {}, {}, {}, {}, {}}, &r.error));
    REQUIRE(r.nextSteps.nextStep(fromSecond).status == NextStepStatus::Open);
    REQUIRE(r.nextSteps.followUp(third).size() == 2); // decided at the third, still shown there

    const QList<StepReview> history = r.nextSteps.reviews(invite);
    REQUIRE(history.size() == 2);
    REQUIRE(history.at(0).meetingId == second);
    REQUIRE(history.at(0).outcome == FollowUpOutcome::CarriedForward);
    REQUIRE(history.at(1).meetingId == third);
    REQUIRE(history.at(1).outcome == FollowUpOutcome::Done);

    // Undo: the second meeting takes its drop back, and the step is open again.
    REQUIRE(r.nextSteps.undoReview(survey, second, &r.error));
    REQUIRE(r.nextSteps.nextStep(survey).status == NextStepStatus::Open);
    REQUIRE(r.nextSteps.followUp(third).size() == 3); // open again, so the third meeting sees it
    REQUIRE(r.nextSteps.review({chart, second, FollowUpOutcome::InProgress, {}, {}, {}, {}, {}, {}}, &r.error));
    REQUIRE(r.nextSteps.nextStep(chart).status == NextStepStatus::Open); // changed, not added
    REQUIRE(r.nextSteps.reviews(chart).size() == 1);
    REQUIRE(r.nextSteps.all(group).size() == 4);
    REQUIRE(r.nextSteps.fromMeeting(second).size() == 1);
}

TEST_CASE("undoing a carry-forward gives the step back its date and owner", "[storage]")
{
    Record r;
    const qint64 group = r.groups.createGroup(u"Ledningsgruppen"_s, {}, &r.error);
    const qint64 anna = r.groups.addMember({0, group, u"Anna"_s, RoleLevel::SeniorManagement, true}, &r.error);
    const qint64 bo = r.groups.addMember({0, group, u"Bo"_s, RoleLevel::FirstLineManager, true}, &r.error);
    const qint64 first = r.meetingOn(group, QDate(2027, 1, 12));
    const qint64 second = r.meetingOn(group, QDate(2027, 2, 9));
    NextStep step;
    step.originMeetingId = first;
    step.what = u"Mät väntetiden varje vecka"_s;
    step.owner = StepOwner::member(anna);
    step.due = QDate(2027, 2, 1);
    const qint64 id = r.nextSteps.add(step, &r.error);
    REQUIRE(r.nextSteps.review({id, second, FollowUpOutcome::CarriedForward, QDate(2027, 3, 9), StepOwner::member(bo), {}, {}, {}, {}},
                               &r.error));
    REQUIRE(r.nextSteps.nextStep(id).owner.memberId == bo);
    // Changing the outcome to done first gives back what the carry-forward replaced.
    REQUIRE(r.nextSteps.review({id, second, FollowUpOutcome::Done, {}, {}, {}, {}, {}, {}}, &r.error));
    REQUIRE(r.nextSteps.nextStep(id).owner.memberId == anna);
    REQUIRE(r.nextSteps.nextStep(id).due == QDate(2027, 2, 1));
    REQUIRE(r.nextSteps.nextStep(id).status == NextStepStatus::Done);
    REQUIRE(r.nextSteps.undoReview(id, second, &r.error));
    REQUIRE(r.nextSteps.nextStep(id).status == NextStepStatus::Open);
    REQUIRE(r.nextSteps.reviews(id).isEmpty());
}

TEST_CASE("a next step's owner can be a guest: named, listed, carried forward to and back, and in the minutes", "[storage]")
{
    Record r;
    const qint64 group = r.groups.createGroup(u"Ledningsgruppen"_s, {}, &r.error);
    const qint64 anna = r.groups.addMember({0, group, u"Anna"_s, RoleLevel::SeniorManagement, true}, &r.error);
    const qint64 first = r.meetingOn(group, QDate(2027, 1, 12));
    const qint64 second = r.meetingOn(group, QDate(2027, 2, 9));
    REQUIRE(r.meetings.addGuest(first, {0, u"Karin Holm"_s, u"patientrepresentant"_s}, &r.error) > 0);

    NextStep step;
    step.originMeetingId = first;
    step.what = u"Berätta om patientens väg genom akuten"_s;
    step.owner = {0, u"Karin Holm"_s};
    step.due = QDate(2027, 2, 1);
    const qint64 id = r.nextSteps.add(step, &r.error);
    REQUIRE(id > 0);
    REQUIRE(r.nextSteps.nextStep(id).owner == StepOwner{0, u"Karin Holm"_s});
    REQUIRE(r.nextSteps.nextStep(id).owner.name({}) == u"Karin Holm"_s);

    // The guests of the group's meetings and the names used before, once each.
    NextStep other;
    other.originMeetingId = first;
    other.what = u"Fråga IT om väntetidsdata"_s;
    other.owner = {0, u"Bertil från IT"_s};
    REQUIRE(r.nextSteps.add(other, &r.error) > 0);
    REQUIRE(r.nextSteps.guestOwners(group) == QStringList{u"Bertil från IT"_s, u"Karin Holm"_s});

    // Carried forward from the guest to a member, and back: the guest is the owner again.
    REQUIRE(r.nextSteps.review({id, second, FollowUpOutcome::CarriedForward, QDate(2027, 3, 9), StepOwner::member(anna),
                                {}, {}, {}, {}},
                               &r.error));
    REQUIRE(r.nextSteps.nextStep(id).owner == StepOwner::member(anna));
    REQUIRE(r.nextSteps.followUp(second).first().step.owner == StepOwner{0, u"Karin Holm"_s}); // as it stood
    REQUIRE(r.nextSteps.undoReview(id, second, &r.error));
    REQUIRE(r.nextSteps.nextStep(id).owner == StepOwner{0, u"Karin Holm"_s});

    // And to a guest: the first meeting's minutes keep Karin, the second's name the new owner.
    REQUIRE(r.nextSteps.review({id, second, FollowUpOutcome::CarriedForward, QDate(2027, 3, 9),
                                {0, u"Bertil från IT"_s}, {}, {}, {}, {}},
                               &r.error));
    const Course course;
    const MinutesContent firstMinutes = RecordExport(r.database, course).minutes(first);
    REQUIRE(firstMinutes.nextSteps.first().owner == u"Karin Holm"_s);
    const MinutesContent secondMinutes = RecordExport(r.database, course).minutes(second);
    REQUIRE(secondMinutes.followUp.first().owner == u"Karin Holm"_s);
    REQUIRE(secondMinutes.followUp.first().outcome.contains(u"Bertil från IT"_s));
}

TEST_CASE("search finds Swedish words with åäö in the group's own record, best hits first, matches marked")
{
    Record r;
    const qint64 group = r.groups.createGroup(u"Ledningsgruppen"_s, {}, &r.error);
    const qint64 other = r.groups.createGroup(u"Annan grupp"_s, {}, &r.error);
    const qint64 first = r.meetingOn(group, QDate(2026, 9, 7));
    const qint64 second = r.meetingOn(group, QDate(2026, 10, 5));
    const qint64 foreign = r.meetingOn(other, QDate(2026, 10, 6));

    REQUIRE(r.meetings.saveQuestionNote(first, {u"m"_s, 0, u"Närstående får sällan vara med när vi planerar vården och utskrivningen på vår avdelning."_s, {}, {}, {}}, &r.error));
    REQUIRE(r.meetings.addRecordItem({0, second, RecordKind::Decision,
                                      u"Närstående och patienter bjuds in; närstående får en egen fråga i vår enkät."_s, {}},
                                     &r.error));
    REQUIRE(r.meetings.setFreeNotes(second, u"Vi pratade om väntetider på öronmottagningen."_s, &r.error));
    REQUIRE(r.meetings.addRecordItem({0, foreign, RecordKind::Decision, u"Närstående i den andra gruppen."_s, {}}, &r.error));
    NextStep step;
    step.originMeetingId = second;
    step.what = u"Följa upp <b>väntetider</b> & köer"_s;
    REQUIRE(r.nextSteps.add(step, &r.error) > 0);

    QList<SearchHit> hits = r.search.search(group, u"närstående"_s);
    REQUIRE(hits.size() == 2);
    REQUIRE(hits.at(0).meetingId == second); // the word twice ranks above once, in texts of like length
    REQUIRE(hits.at(0).kind == u"decision"_s);
    REQUIRE(hits.at(0).snippet.contains(u"<b>Närstående</b>"_s));
    REQUIRE(hits.at(1).meetingId == first);
    REQUIRE(hits.at(1).meetingDate == QDate(2026, 9, 7));

    hits = r.search.search(group, u"ÖRON"_s); // prefix, any case
    REQUIRE(hits.size() == 1);
    REQUIRE(hits.first().kind == u"notes"_s);
    REQUIRE(hits.first().snippet.contains(u"<b>öronmottagningen</b>"_s));

    hits = r.search.search(group, u"väntetider köer"_s); // all words must match
    REQUIRE(hits.size() == 1);
    REQUIRE(hits.first().kind == u"next_step"_s);
    REQUIRE(hits.first().snippet.contains(u"&lt;b&gt;"_s)); // typed markup is shown as text
    REQUIRE(r.search.search(group, u"\"AND OR NEAR( *"_s).isEmpty()); // no FTS syntax error, no hit
    REQUIRE(r.search.search(group, u"   "_s).isEmpty());

    // Edits replace their own entry in the index; removed entries and meetings leave it.
    REQUIRE(r.meetings.setFreeNotes(second, u"Inget om mottagningar längre."_s, &r.error));
    REQUIRE(r.search.search(group, u"öron"_s).isEmpty());
    REQUIRE(r.search.search(group, u"mottagningar"_s).size() == 1);
    REQUIRE(r.meetings.removeMeeting(first, &r.error));
    hits = r.search.search(group, u"närstående"_s);
    REQUIRE(hits.size() == 1);
    REQUIRE(hits.first().meetingId == second);
    REQUIRE(r.search.search(other, u"närstående"_s).size() == 1);
    REQUIRE(r.groups.removeGroup(other, &r.error));
    REQUIRE(r.search.search(other, u"närstående"_s).isEmpty());
    REQUIRE(scalar(r.database, u"SELECT count(*) FROM sqlite_master WHERE name = 'search_g%1'"_s.arg(other)) == u"0"_s);
}

TEST_CASE("a database already open in another Leda is refused with a clear message")
{
    QTemporaryDir dir;
    const QString path = testRecord(dir);
    Database first;
    QString error;
    REQUIRE(first.open(path, &error));
    Database second;
    REQUIRE_FALSE(second.open(path, &error));
    REQUIRE(error.contains(u"already open in another Leda"_s));
    REQUIRE(error.contains(path));
    // The same file by another name: a symlink in another folder, a path with "..".
    QTemporaryDir elsewhere;
    const QString link = elsewhere.filePath(u"genväg.sqlite"_s);
    REQUIRE(QFile::link(path, link));
    REQUIRE_FALSE(second.open(link, &error));
    REQUIRE(error.contains(u"already open in another Leda"_s));
    REQUIRE_FALSE(second.open(dir.filePath(u"../%1/leda.sqlite"_s.arg(QFileInfo(dir.path()).fileName())), &error));
    REQUIRE(error.contains(u"already open in another Leda"_s));
    // A hard link: the same file under another name in another folder, no symlink to follow.
    const QString hardLink = elsewhere.filePath(u"samma-fil.sqlite"_s);
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()) == 0);
    REQUIRE_FALSE(second.open(hardLink, &error));
    REQUIRE(error.contains(u"already open in another Leda"_s));
    first.close();
    REQUIRE(second.open(path, &error)); // free again once the first one is closed
    second.close();
    // A lock file left empty by a Leda killed while it wrote it holds nothing.
    QFile emptyLock(path + u".lock"_s);
    REQUIRE(emptyLock.open(QIODevice::WriteOnly));
    emptyLock.close();
    REQUIRE(second.open(path, &error));
}

TEST_CASE("backups: made when the record has changed, kept by week, and a restore brings the old state back")
{
    Record r;
    const QString path = r.database.path();
    REQUIRE(r.database.backupIfChanged(u"start"_s, &r.error));
    REQUIRE(Database::backups(path).isEmpty()); // an empty new record: nothing worth a backup

    const qint64 group = r.groups.createGroup(u"Före säkerhetskopian"_s, {}, &r.error);
    REQUIRE(r.database.backupIfChanged(u"on-close"_s, &r.error));
    REQUIRE(Database::backups(path).size() == 1);
    REQUIRE(r.database.backupIfChanged(u"on-close"_s, &r.error));
    REQUIRE(Database::backups(path).size() == 1); // nothing changed since
    QTest::qWait(20);
    REQUIRE(r.groups.addMember({0, group, u"Åsa"_s, RoleLevel::SeniorManagement, true}, &r.error) > 0);
    REQUIRE(r.database.backupIfChanged(u"daily"_s, &r.error));
    REQUIRE(Database::backups(path).size() == 2); // the day's work is in a backup
    QString backupPath;
    REQUIRE(r.database.backup(u"manual"_s, &r.error, &backupPath));
    REQUIRE(r.groups.updateGroup({group, u"Efter säkerhetskopian"_s, {}}, &r.error));
    REQUIRE(r.groups.group(group).name == u"Efter säkerhetskopian"_s);

    REQUIRE(r.database.restore(backupPath, &r.error));
    REQUIRE(r.database.isOpen());
    REQUIRE(r.groups.group(group).name == u"Före säkerhetskopian"_s);
    const auto backups = Database::backups(path);
    REQUIRE(backups.first().reason == u"before-restore"_s); // what was replaced is kept too

    for (int i = 0; i < 12; ++i)
        REQUIRE(r.database.backup(u"test"_s, &r.error));
    REQUIRE(Database::backups(path).size() == Database::kKeepBackups); // all made this week
}

TEST_CASE("backups kept: the newest ten, and the newest of each of the last eight weeks")
{
    const QDateTime now(QDate(2027, 3, 10), QTime(12, 0));
    QList<Database::BackupInfo> all; // newest first: three a day for 70 days
    for (int day = 0; day < 70; ++day) {
        for (int hour : {17, 12, 9})
            all.append({u"/b/%1-%2"_s.arg(day).arg(hour), now.addDays(-day).addSecs(qint64(hour - 12) * 3600), u"daily"_s});
    }
    const QStringList removed = Database::backupsToRemove(all, now);
    QStringList kept;
    for (const Database::BackupInfo &backup : all) {
        if (!removed.contains(backup.path))
            kept.append(backup.path);
    }
    INFO(kept.join(u" "_s).toStdString());
    // The ten newest, and one per week for eight weeks (the first weeks' newest are among the ten).
    REQUIRE(kept.mid(0, 10) == QStringList({u"/b/0-17"_s, u"/b/0-12"_s, u"/b/0-9"_s, u"/b/1-17"_s, u"/b/1-12"_s,
                                             u"/b/1-9"_s, u"/b/2-17"_s, u"/b/2-12"_s, u"/b/2-9"_s, u"/b/3-17"_s}));
    REQUIRE(kept.size() == 10 + 7); // the current week's newest is among the ten
    for (const QString &path : kept.mid(10)) {
        const int day = path.section(u'/', 2).section(u'-', 0, 0).toInt();
        REQUIRE(day <= 7 * Database::kKeepWeeks);
        REQUIRE(path.endsWith(u"-17"_s)); // the newest of its week
    }
    REQUIRE(Database::backupsToRemove(all.mid(0, 5), now).isEmpty());
}

TEST_CASE("a change of several statements that fails half-way leaves nothing of itself behind")
{
    Record r;
    const qint64 group = r.groups.createGroup(u"Ledningsgruppen"_s, {}, &r.error);
    const qint64 first = r.meetingOn(group, QDate(2027, 1, 12));
    const qint64 second = r.meetingOn(group, QDate(2027, 2, 9));
    NextStep step;
    step.originMeetingId = first;
    step.what = u"Mät väntetiden"_s;
    step.due = QDate(2027, 2, 1);
    const qint64 id = r.nextSteps.add(step, &r.error);
    REQUIRE(id > 0);
    // The last statement of each change fails (as a full disk or a lost lock would).
    QSqlQuery inject(r.database.connection());
    REQUIRE(inject.exec(u"CREATE TEMP TRIGGER fail_modules BEFORE INSERT ON meeting_modules "
                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    REQUIRE(inject.exec(u"CREATE TEMP TRIGGER fail_status BEFORE UPDATE OF status ON next_steps "
                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    Meeting third;
    third.groupId = group;
    third.date = QDate(2027, 3, 9);
    third.moduleIds = {u"01-ledningsgruppens-uppdrag"_s};
    QString error;
    REQUIRE(r.meetings.createMeeting(third, &error) == 0);
    REQUIRE(error.contains(u"injected failure"_s));
    REQUIRE(r.meetings.meetings(group).size() == 2); // no meeting without its module
    REQUIRE_FALSE(r.nextSteps.review({id, second, FollowUpOutcome::Done, {}, {}, {}, {}, {}, {}}, &error));
    REQUIRE(r.nextSteps.reviews(id).isEmpty()); // no outcome without the status it gives
    REQUIRE(r.nextSteps.nextStep(id).status == NextStepStatus::Open);
    // And a change that succeeds after a failed one is whole.
    REQUIRE(inject.exec(u"DROP TRIGGER fail_status"_s));
    REQUIRE(r.nextSteps.review({id, second, FollowUpOutcome::CarriedForward, QDate(2027, 3, 1), {}, {}, {}, {}, {}}, &error));
    REQUIRE(r.nextSteps.nextStep(id).due == QDate(2027, 3, 1));
    QSqlQuery check(r.database.connection());
    REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
    REQUIRE(check.next());
    REQUIRE(check.value(0).toString() == u"ok"_s);
}

TEST_CASE("two writers of one text: a save based on an older version is not applied, and the saved text is told", "[storage]")
{
    Record r;
    const qint64 group = r.groups.createGroup(u"Ledningsgruppen"_s, {}, &r.error);
    const qint64 meetingId = r.meetingOn(group, QDate(2027, 3, 9));
    MeetingStore &meetings = r.meetings;

    // The free notes: read at version v by this PC, then saved by another writer.
    qint64 version = meetings.meeting(meetingId).version;
    REQUIRE(meetings.setFreeNotes(meetingId, u"Den andras text"_s, &r.error));
    CHECK(meetings.setFreeNotesIfUnchanged(meetingId, u"Min text"_s, &version, &r.error)
          == MeetingStore::Saved::Conflict);
    CHECK(meetings.meeting(meetingId).freeNotes == u"Den andras text"_s); // not overwritten
    CHECK(version == meetings.meeting(meetingId).version);               // the one there now
    CHECK(meetings.setFreeNotesIfUnchanged(meetingId, keepBoth(u"Den andras text"_s, u"Min text"_s), &version,
                                           &r.error)
          == MeetingStore::Saved::Yes);
    CHECK(meetings.meeting(meetingId).freeNotes == u"Den andras text\n\nMin text"_s);
    CHECK(version == meetings.meeting(meetingId).version);

    // The notes of a question: a new row, then a stale write, then one on the version there.
    QuestionNote mine{u"modul"_s, 2, u"I dag: väntetider"_s, {}, {}, {}};
    CHECK(meetings.saveQuestionNoteIfUnchanged(meetingId, &mine, &r.error) == MeetingStore::Saved::Yes);
    CHECK(mine.version == 1);
    QuestionNote theirs{u"modul"_s, 2, u"I dag: långa väntetider"_s, u"Önskat"_s, {}, {}};
    REQUIRE(meetings.saveQuestionNote(meetingId, theirs, &r.error));
    mine.today = u"I dag: korta väntetider"_s;
    CHECK(meetings.saveQuestionNoteIfUnchanged(meetingId, &mine, &r.error) == MeetingStore::Saved::Conflict);
    CHECK(mine.today == u"I dag: långa väntetider"_s); // what is saved, told back
    CHECK(mine.desired == u"Önskat"_s);
    CHECK(meetings.questionNotes(meetingId).first().today == u"I dag: långa väntetider"_s);
    CHECK(meetings.saveQuestionNoteIfUnchanged(meetingId, &mine, &r.error) == MeetingStore::Saved::Yes);
    // A decision: the same, and a row removed meanwhile is said by an id of 0.
    RecordItem decision;
    decision.meetingId = meetingId;
    decision.text = u"Vi mäter väntetiden"_s;
    decision.id = meetings.addRecordItem(decision, &r.error);
    RecordItem stale = meetings.recordItems(meetingId).first();
    RecordItem other = stale;
    other.text = u"Vi mäter väntetiden varje vecka"_s;
    REQUIRE(meetings.updateRecordItem(other, &r.error));
    stale.text = u"Vi mäter väntetiden varje månad"_s;
    CHECK(meetings.updateRecordItemIfUnchanged(&stale, &r.error) == MeetingStore::Saved::Conflict);
    CHECK(stale.text == u"Vi mäter väntetiden varje vecka"_s);
    stale.text = u"Vi mäter väntetiden varje månad"_s;
    CHECK(meetings.updateRecordItemIfUnchanged(&stale, &r.error) == MeetingStore::Saved::Yes);
    CHECK(meetings.recordItems(meetingId).first().text == u"Vi mäter väntetiden varje månad"_s);
    REQUIRE(meetings.removeRecordItem(decision.id, &r.error));
    CHECK(meetings.updateRecordItemIfUnchanged(&stale, &r.error) == MeetingStore::Saved::Conflict);
    CHECK(stale.id == 0);
    CHECK(keepBoth(u"sparat"_s, u""_s) == u"sparat"_s);
    CHECK(keepBoth(u""_s, u"mitt"_s) == u"mitt"_s);
    CHECK(keepBoth(u"samma"_s, u"samma"_s) == u"samma"_s);

    // A next step: what, owner and date carry one version; a writer nobody can ask keeps both.
    const qint64 anna = r.groups.addMember({0, group, u"Anna Ek"_s, RoleLevel::FirstLineManager, true}, &r.error);
    const qint64 bo = r.groups.addMember({0, group, u"Bo Lind"_s, RoleLevel::FirstLineManager, true}, &r.error);
    NextStep step;
    step.originMeetingId = meetingId;
    step.what = u"Ta fram en mätplan"_s;
    step.id = r.nextSteps.add(step, &r.error);
    NextStep read = r.nextSteps.nextStep(step.id);
    NextStep elsewhere = read;
    elsewhere.what = u"Ta fram en mätplan för väntetiden"_s;
    elsewhere.owner = StepOwner::member(anna);
    CHECK(r.nextSteps.updateIfUnchanged(&elsewhere, &r.error) == Saved::Yes);
    CHECK(elsewhere.version == read.version + 1);
    NextStep typed = read;
    typed.what = u"Ta fram en mätplan före maj"_s;
    typed.due = QDate(2027, 4, 30);
    NextStep told = typed;
    CHECK(r.nextSteps.updateIfUnchanged(&told, &r.error) == Saved::Conflict);
    CHECK(told.what == u"Ta fram en mätplan för väntetiden"_s); // what is saved, told back
    CHECK(told.owner == StepOwner::member(anna));
    CHECK(r.nextSteps.nextStep(step.id).what == u"Ta fram en mätplan för väntetiden"_s);
    NextStep both = typed;
    both.owner = StepOwner::member(bo);
    CHECK(r.nextSteps.updateKeepingBoth(&both, &r.error) == Saved::Yes);
    const NextStep kept = r.nextSteps.nextStep(step.id);
    CHECK(kept.what == u"Ta fram en mätplan för väntetiden / Ta fram en mätplan före maj"_s);
    CHECK(kept.owner == StepOwner::member(bo)); // this side's owner and date, when it set them
    CHECK(kept.due == QDate(2027, 4, 30));
    CHECK(kept.version == both.version);
    CHECK(r.nextSteps.update(typed, &r.error)); // a plain write: on any version
    CHECK(r.nextSteps.nextStep(step.id).what == u"Ta fram en mätplan före maj"_s);
    REQUIRE(r.nextSteps.remove(step.id, &r.error));
    NextStep gone = typed;
    CHECK(r.nextSteps.updateKeepingBoth(&gone, &r.error) == Saved::Conflict);
    CHECK(gone.id == 0);
}
