#include "core/commandline.h"
#include "core/content/contentloader.h"
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/meeting/calendarfile.h"
#include "core/meeting/preparation.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/preparationstore.h"
#include "core/storage/searchstore.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "support/demorecord.h"
#include "support/pdftext.h"
#include "support/sqlitepeek.h"
#include "support/testpaths.h"
#include "support/testrecord.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const Course &course()
{
    return bundledContent().course;
}

} // namespace

TEST_CASE("a version 2 record is migrated to version 3 with its minutes and search intact")
{
    QTemporaryDir dir;
    const QString path = TestPaths::fixtureCopy(dir, u"schema-v2.sqlite"_s, u"leda.sqlite"_s);
    REQUIRE_FALSE(path.isEmpty());
    Database database;
    QString error;
    REQUIRE(database.open(path, &error));
    REQUIRE(database.schemaVersion() == Database::kSchemaVersion);
    const Group group = GroupStore(database).groupByName(u"Ledningsgruppen version 2"_s);
    REQUIRE(group.id > 0);
    const QList<Meeting> meetings = MeetingStore(database).meetings(group.id);
    REQUIRE(meetings.size() == 1);
    REQUIRE(MeetingStore(database).recordItems(meetings.first().id).size() == 20);
    REQUIRE(SearchStore(database).search(group.id, u"beslut"_s).size() == 20);
    REQUIRE(Database::backups(path).first().reason == u"before-migration-v2"_s);
    PreparationStore preparation(database);
    REQUIRE(preparation.setPrivateNotes(meetings.first().id, u"Tänk på att börja i tid."_s, &error));
}

TEST_CASE("series plan: from the course, reordered, skipped, two meetings on one module, stored", "[storage]")
{
    QList<PlanEntry> plan = SeriesPlan::fromCourse(course(), QDate(2026, 1, 12), 4);
    REQUIRE(plan.size() == 15);
    REQUIRE(plan.at(0).moduleId == course().modules.at(0).id);
    REQUIRE(plan.at(1).plannedDate == QDate(2026, 2, 9));

    // Module 6 first: the dates stay with the meetings.
    REQUIRE(SeriesPlan::move(plan, 6, 0));
    REQUIRE(plan.at(0).moduleId == course().modules.at(6).id);
    REQUIRE(plan.at(0).plannedDate == QDate(2026, 1, 12));
    REQUIRE(plan.at(1).moduleId == course().modules.at(0).id);
    REQUIRE(plan.at(1).plannedDate == QDate(2026, 2, 9));
    REQUIRE_FALSE(SeriesPlan::move(plan, 0, 15));

    // Module 3 skipped: its meeting goes to the module after it, and so on down the plan.
    const QDate fourthMeeting = plan.at(3).plannedDate;
    REQUIRE(SeriesPlan::setSkipped(plan, 3, true));
    REQUIRE(plan.at(3).skipped);
    REQUIRE_FALSE(plan.at(3).plannedDate.isValid());
    REQUIRE(plan.at(4).plannedDate == fourthMeeting);

    // Two meetings on module 6: the second takes the next date, the rest move one step on.
    const QDate lastBefore = plan.last().plannedDate;
    REQUIRE(SeriesPlan::spendTwoMeetings(plan, 0, 4));
    REQUIRE(plan.size() == 16);
    REQUIRE(plan.at(1).moduleId == plan.at(0).moduleId);
    REQUIRE(plan.at(1).plannedDate == QDate(2026, 2, 9));
    REQUIRE(plan.at(2).plannedDate == QDate(2026, 3, 9));
    REQUIRE(plan.last().plannedDate == lastBefore.addDays(28));

    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    const qint64 group = GroupStore(database).createGroup(u"Gruppen"_s, {}, &error);
    PreparationStore store(database);
    REQUIRE(store.savePlan(group, plan, &error));
    const QList<PlanEntry> stored = store.plan(group);
    REQUIRE(stored.size() == 16);
    for (int i = 0; i < stored.size(); ++i) {
        REQUIRE(stored.at(i).moduleId == plan.at(i).moduleId);
        REQUIRE(stored.at(i).plannedDate == plan.at(i).plannedDate);
        REQUIRE(stored.at(i).skipped == plan.at(i).skipped);
    }
}

TEST_CASE("series plan: new dates skip skipped modules — an extra meeting can be removed — the next meeting follows the plan")
{
    QList<PlanEntry> plan = SeriesPlan::fromCourse(course(), QDate(2026, 1, 12), 4);
    REQUIRE(SeriesPlan::setSkipped(plan, 1, true));
    REQUIRE(SeriesPlan::spendTwoMeetings(plan, 2, 4)); // module 2 gets two meetings
    SeriesPlan::redate(plan, QDate(2026, 1, 19), 3);
    REQUIRE(plan.at(0).plannedDate == QDate(2026, 1, 19));
    REQUIRE_FALSE(plan.at(1).plannedDate.isValid()); // skipped
    REQUIRE(plan.at(2).plannedDate == QDate(2026, 2, 9));
    REQUIRE(plan.at(3).plannedDate == QDate(2026, 3, 2));
    REQUIRE(plan.at(3).moduleId == plan.at(2).moduleId);

    // Meetings held: the introduction, then module 2 once. Next: module 2's second meeting.
    const auto held = [&](const QList<int> &modules) {
        QList<Meeting> meetings;
        for (int m : modules) {
            Meeting meeting;
            meeting.moduleIds = {course().modules.at(m).id};
            meetings.append(meeting);
        }
        return meetings;
    };
    REQUIRE(SeriesPlan::nextEntry(plan, {}) == 0);
    REQUIRE(SeriesPlan::nextEntry(plan, held({0, 2})) == 3);
    REQUIRE(SeriesPlan::nextEntry(plan, held({0, 2, 2})) == 4);
    // A module held out of order uses up its own entry, not the next one.
    REQUIRE(SeriesPlan::nextEntry(plan, held({0, 5})) == 2);

    REQUIRE_FALSE(SeriesPlan::removeExtraMeeting(plan, 0)); // the introduction's only meeting
    REQUIRE(SeriesPlan::removeExtraMeeting(plan, 3));
    REQUIRE(plan.size() == 15);
    REQUIRE(SeriesPlan::nextEntry(plan, held({0, 2})) == 3);
}

TEST_CASE("agenda: prefilled from the module with the film's real length — timeboxes give the end time", "[storage]")
{
    const Module &module = course().modules.at(3);
    REQUIRE(module.film.durationMs > 0);
    QList<AgendaItem> agenda = Agenda::prefilled(module, module.film.durationMs);
    REQUIRE(agenda.first().kind == AgendaItem::Kind::Review);
    // The group's measures after the follow-up: no time while the group has none.
    REQUIRE(agenda.at(1).kind == AgendaItem::Kind::Measures);
    REQUIRE(agenda.at(1).minutes == 0);
    REQUIRE(Agenda::prefilled(module, module.film.durationMs, true).at(1).minutes == 10);
    REQUIRE(agenda.at(2).kind == AgendaItem::Kind::Film);
    const int filmMinutes = int((module.film.durationMs + 59'999) / 60'000);
    REQUIRE(agenda.at(2).minutes == filmMinutes);
    REQUIRE(agenda.size() == 3 + module.questions.size() + 2);
    REQUIRE(agenda.at(3).title == module.questions.first());
    REQUIRE(agenda.at(3).questionIndex == 0);
    REQUIRE(agenda.last().kind == AgendaItem::Kind::ClosingRound);
    // The module's recommended questions (2, 3, 4 and 6, as its facilitator notes say) get the time.
    REQUIRE(module.recommended == QList<int>{1, 2, 3, 5});
    for (int q = 0; q < module.questions.size(); ++q)
        REQUIRE(agenda.at(3 + q).minutes == (module.recommended.contains(q) ? 10 : 0));

    const int total = 10 + filmMinutes + 10 * int(module.recommended.size()) + 10 + 10;
    REQUIRE(Agenda::totalMinutes(agenda) == total);
    REQUIRE(Agenda::plannedEnd(agenda, QTime(13, 0)) == QTime(13, 0).addSecs(60 * total));
    REQUIRE(Agenda::startOf(agenda, 3, QTime(13, 0)) == QTime(13, 10 + filmMinutes));
    agenda[3].minutes = 25; // the group takes the first question too, and long
    REQUIRE(Agenda::plannedEnd(agenda, QTime(13, 0)) == QTime(13, 0).addSecs(60 * (total + 25)));

    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    const DemoRecord demo = seedDemoRecord(database, course());
    PreparationStore store(database);
    const QString moduleId = module.id;
    REQUIRE(store.agenda(demo.meetings.first(), moduleId).isEmpty());
    REQUIRE(store.saveAgenda(demo.meetings.first(), moduleId, agenda, &error));
    REQUIRE(store.agenda(demo.meetings.first(), u"another-module"_s).isEmpty()); // a changed module gets its own
    const QList<AgendaItem> stored = store.agenda(demo.meetings.first(), moduleId);
    REQUIRE(stored.size() == agenda.size());
    REQUIRE(stored.at(3).minutes == 25);
    REQUIRE(stored.at(1).kind == AgendaItem::Kind::Measures);
    REQUIRE(stored.at(2).kind == AgendaItem::Kind::Film);
    REQUIRE(Agenda::totalMinutes(stored) == total + 25);
}

TEST_CASE("checklist: defaults per meeting, ticks stored per meeting")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    const DemoRecord demo = seedDemoRecord(database, course());
    PreparationStore store(database);
    QList<ChecklistItem> first = store.checklist(demo.meetings.at(0), &error);
    REQUIRE(first.size() == Checklist::defaults().size());
    REQUIRE(first.first().phase == ChecklistItem::Phase::Before);
    REQUIRE(first.last().phase == ChecklistItem::Phase::After);
    REQUIRE(first.at(1).text == u"Film and sound tested in the room"_s);
    REQUIRE(store.setChecked(first.at(1).id, true, &error));
    REQUIRE(store.setChecklistText(first.at(2).id, u"Inbjudan skickad till alla sju"_s, &error));

    const QList<ChecklistItem> second = store.checklist(demo.meetings.at(1), &error);
    REQUIRE_FALSE(second.at(1).done); // another meeting has its own ticks
    database.close();
    REQUIRE(peek(dir.filePath(u"leda.sqlite"_s),
                 u"SELECT done FROM checklist_items WHERE id = %1"_s.arg(first.at(1).id)).toInt() == 1);
    Database again;
    REQUIRE(again.open(testRecord(dir), &error));
    const QList<ChecklistItem> reloaded = PreparationStore(again).checklist(demo.meetings.at(0), &error);
    REQUIRE(reloaded.at(1).done);
    REQUIRE(reloaded.at(2).text == u"Inbjudan skickad till alla sju"_s);
    REQUIRE(reloaded.size() == first.size());
}

TEST_CASE("the checklist and the agenda's standard items, made in Swedish, read in English until edited")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    const DemoRecord demo = seedDemoRecord(database, course());
    PreparationStore store(database);
    const Module &module = course().modules.at(1);

    CommandLine::installTranslators(u"sv"_s);
    const QList<ChecklistItem> swedish = store.checklist(demo.meetings.at(0), &error);
    REQUIRE(swedish.first().text == u"Rum och storskärm bokade"_s);
    REQUIRE(store.setChecklistText(swedish.at(2).id, u"Inbjudan skickad till alla sju"_s, &error));
    REQUIRE(store.saveAgenda(demo.meetings.at(0), module.id, Agenda::prefilled(module, 200000), &error));
    REQUIRE(store.agenda(demo.meetings.at(0), module.id).at(2).title == u"Film: "_s + module.title);
    REQUIRE(store.agenda(demo.meetings.at(0), module.id).first().title.startsWith(u"Öppna"_s));

    CommandLine::installTranslators(u"en"_s);
    const QList<ChecklistItem> english = store.checklist(demo.meetings.at(0), &error);
    REQUIRE(english.first().text == u"Room and big screen booked"_s);
    REQUIRE(english.at(2).text == u"Inbjudan skickad till alla sju"_s); // edited: as typed
    const QList<AgendaItem> agenda = store.agenda(demo.meetings.at(0), module.id);
    REQUIRE(agenda.first().title == u"Open next steps from earlier meetings"_s);
    REQUIRE(agenda.at(1).title == u"Our measures"_s);
    REQUIRE(agenda.at(2).title == u"Film: "_s + module.title); // the module's title carried over
    REQUIRE(agenda.at(3).title == module.questions.first()); // the course's own text stays
    REQUIRE(agenda.last().title == u"Closing round: my next step"_s);
    // Stored as made: only what is shown changes.
    REQUIRE(peek(dir.filePath(u"leda.sqlite"_s), u"SELECT text FROM checklist_items WHERE id = %1"_s.arg(swedish.first().id))
                .toString()
            == u"Rum och storskärm bokade"_s);
}

TEST_CASE("series plan: dates laid out skip Swedish public holidays, the summer weeks and Christmas")
{
    // From Tuesday 2 March 2027 every 4 weeks: 30 March is Easter week's Tuesday (fine), 25 May
    // is fine, 22 June is fine, 20 July is summer (week 29) → 17 August, Tuesday 28 December is
    // Christmas → 11 January.
    QList<PlanEntry> plan = SeriesPlan::fromCourse(course(), QDate(2027, 3, 2), 4);
    QList<QDate> dates;
    for (const PlanEntry &entry : plan)
        dates.append(entry.plannedDate);
    for (const QDate &date : dates) {
        INFO(date.toString(Qt::ISODate).toStdString());
        REQUIRE(date.dayOfWeek() == Qt::Tuesday); // the series keeps its weekday
        REQUIRE_FALSE(SwedishCalendar::isPublicHoliday(date));
        REQUIRE_FALSE((date.weekNumber() >= 27 && date.weekNumber() <= 32));
        REQUIRE_FALSE(((date.month() == 12 && date.day() >= 23) || (date.month() == 1 && date.day() <= 6)));
    }
    REQUIRE(dates.contains(QDate(2027, 8, 17))); // after the summer
    REQUIRE_FALSE(dates.contains(QDate(2027, 7, 20)));
    // A meeting planned on Ascension Day moves a week on.
    SeriesPlan::redate(plan, QDate(2027, 5, 6), 4);
    REQUIRE(plan.first().plannedDate == QDate(2027, 5, 13));
    // The summer can be kept, when a group so wishes.
    MeetingDayRules summerToo;
    summerToo.skipSummer = false;
    SeriesPlan::redate(plan, QDate(2027, 6, 8), 2, summerToo);
    REQUIRE(plan.at(2).plannedDate == QDate(2027, 7, 6));
}

TEST_CASE("the invitation names the module, its questions, date, time and place — mailto carries it")
{
    const Module &module = course().modules.at(6);
    Group group{1, u"Ledningsgruppen medicinkliniken"_s, {}};
    Meeting meeting;
    meeting.date = QDate(2026, 12, 7);
    meeting.startTime = QTime(13, 0);
    meeting.endTime = QTime(15, 0);
    meeting.place = u"Konferensrum Ljuset"_s;
    const QString subject = Invitation::subject(group, meeting, module);
    REQUIRE(subject.contains(group.name));
    REQUIRE(subject.contains(module.title));
    REQUIRE(subject.contains(u"7 December 2026"_s));
    const QString text = Invitation::text(group, meeting, module);
    REQUIRE(text.contains(module.summary));
    for (int i = 0; i < module.questions.size(); ++i)
        REQUIRE(text.contains(u"%1. %2"_s.arg(i + 1).arg(module.questions.at(i))));
    REQUIRE(text.contains(u"Monday 7 December 2026, 13.00–15.00"_s));
    REQUIRE(text.contains(u"Konferensrum Ljuset"_s));
    REQUIRE(text.contains(u"Bring your next step from the last meeting"_s));
    // The first meeting of a series has no next steps to bring.
    REQUIRE_FALSE(Invitation::text(group, meeting, module, true).contains(u"next step"_s));

    const QUrl url = Invitation::mailto({u"asa@example.se"_s, u"erik@example.se"_s}, subject, text);
    REQUIRE(url.isValid());
    REQUIRE(url.scheme() == u"mailto"_s);
    REQUIRE(url.path() == u"asa@example.se,erik@example.se"_s);
    const QUrlQuery query(url);
    REQUIRE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded) == subject);
    REQUIRE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded) == text);
}

TEST_CASE("private meeting notes are kept, and reach an export only when the process leader's notes are asked for", "[storage]")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    const DemoRecord demo = seedDemoRecord(database, course());
    PreparationStore store(database);
    REQUIRE(store.setPrivateNotes(demo.meetings.first(), u"Erik brukar ta över – ge ordet till de tysta först."_s, &error));
    REQUIRE(store.privateNotes(demo.meetings.first()) == u"Erik brukar ta över – ge ordet till de tysta först."_s);
    const auto exported = [&](ExportSections sections) {
        const QString md = dir.filePath(u"protokoll.md"_s);
        REQUIRE(Exporter(sections).writeMinutes(RecordExport(database, course()).minutes(demo.meetings.first()),
                                                Exporter::Format::Markdown, md, &error)
                == Exporter::Result::Written);
        QFile file(md);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };
    const QString minutes = exported(defaultExportSections());
    REQUIRE(minutes.contains(u"Kursen blir en stående punkt"_s));
    REQUIRE_FALSE(minutes.contains(u"tysta"_s));
    REQUIRE_FALSE(minutes.contains(course().modules.at(0).facilitatorNotes.first().left(30)));
    const QString withNotes = exported(defaultExportSections() | ExportSection::FacilitatorNotes);
    REQUIRE(withNotes.contains(u"ge ordet till de tysta först"_s));
    REQUIRE(withNotes.contains(course().modules.at(0).facilitatorNotes.first().left(30)));
}

TEST_CASE("the series as a calendar file: one event per meeting, in Swedish time, that a calendar parser reads", "[storage]")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    const DemoRecord demo = seedDemoRecord(database, course());
    const Group group = GroupStore(database).group(demo.group);
    QList<Meeting> meetings = MeetingStore(database).meetings(demo.group);
    REQUIRE(meetings.size() == 3);
    // Meeting 2 at a place with the characters iCalendar escapes.
    meetings[1].place = u"Rum 3; plan 2, \"Ljuset\" \\ norra"_s;
    // The plan: the three modules held, then three more, a week apart (one in summer time).
    const QList<PlanEntry> plan = SeriesPlan::fromCourse(course(), meetings.first().date, 4);
    const QList<CalendarEvent> events = CalendarFile::forSeries(group, meetings, plan, course());
    REQUIRE(events.size() == 15); // three meetings, twelve planned
    const QString path = dir.filePath(u"serien.ics"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = CalendarFile::write(events, QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
    file.write(bytes);
    file.close();
    // Lines end in CRLF and are at most 75 octets (folded lines continue with a space).
    for (const QByteArray &line : bytes.split('\n')) {
        REQUIRE((line.isEmpty() || line.endsWith('\r')));
        REQUIRE(line.size() <= 76);
    }
    // The same meetings give the same UIDs: importing a newer file updates the entries.
    REQUIRE(CalendarFile::forSeries(group, meetings, plan, course()).first().uid == events.first().uid);

    // Read back by python3-icalendar (Debian's), as a calendar program would.
    const QString script = uR"(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    print('|'.join([str(e['UID']), start.isoformat(), str(start.utcoffset()), str(e['SUMMARY']),
                    str(e.get('LOCATION', '')), str(e.get('DESCRIPTION', '')).replace('\n', '\\n')]))
)"_s;
    int code = -1;
    const QString parsed = runTool(u"/usr/bin/python3"_s, {u"-c"_s, script, path}, &code);
    INFO(parsed.toStdString());
    REQUIRE(code == 0);
    const QStringList rows = parsed.trimmed().split(u'\n');
    REQUIRE(rows.size() == 15);
    const QStringList first = rows.first().split(u'|');
    REQUIRE(first.at(0) == events.first().uid);
    REQUIRE(first.at(1) == u"2026-09-07T13:00:00+02:00"_s); // summer time in Stockholm
    REQUIRE(first.at(3) == Invitation::subject(group, meetings.first(), course().modules.at(0)));
    REQUIRE(first.at(5).contains(course().modules.at(0).questions.first()));
    REQUIRE(rows.at(1).split(u'|').at(4) == meetings.at(1).place); // escaped and read back as typed
    REQUIRE(rows.at(3).split(u'|').at(1).endsWith(u"+01:00"_s)); // November: normal time
}

TEST_CASE("the invitation goes to every active member with an e-mail address, their title and address kept", "[storage]")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    GroupStore groups(database);
    const qint64 group = groups.createGroup(u"Ledningsgruppen"_s, {}, &error);
    Member anna{0, group, u"Anna Ek"_s, RoleLevel::SeniorManagement, true, u"verksamhetschef"_s, u"anna.ek@region.se"_s};
    REQUIRE(groups.addMember(anna, &error) > 0);
    REQUIRE(groups.addMember({0, group, u"Bo Lind"_s, RoleLevel::FirstLineManager, true, {}, u" bo.lind@region.se "_s},
                             &error)
            > 0);
    REQUIRE(groups.addMember({0, group, u"Cilla"_s, RoleLevel::FirstLineManager, true, {}, u"ingen adress"_s}, &error) > 0);
    REQUIRE(groups.addMember({0, group, u"Dan"_s, RoleLevel::FirstLineManager, false, {}, u"dan@region.se"_s}, &error) > 0);
    const QList<Member> members = groups.members(group);
    REQUIRE(members.first().title == u"verksamhetschef"_s);
    REQUIRE(members.first().email == u"anna.ek@region.se"_s);
    Member changed = members.first();
    changed.email = u"anna@region.se"_s;
    REQUIRE(groups.updateMember(changed, &error));
    REQUIRE(groups.members(group).first().email == u"anna@region.se"_s);
    // Active members with an address; the one who left and the address that is none are not sent to.
    const QStringList recipients = Invitation::recipients(groups.members(group));
    REQUIRE(recipients == QStringList{u"anna@region.se"_s, u"bo.lind@region.se"_s});
    const QUrl url = Invitation::mailto(recipients, u"Möte"_s, u"Välkommen"_s);
    REQUIRE(url.path() == u"anna@region.se,bo.lind@region.se"_s);
}
