// leda-bench-storage --groups N --meetings M --db PATH|postgresql://…
// Builds (or reuses) a region-sized record, in a file or on a server, — N groups × M meetings with Swedish minutes per
// question, decisions, choices, soft results and next steps — and prints Leda's storage
// figures: open time, load-one-meeting time, save latency and search latency (p50/p95).
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/searchstore.h"
#include "core/storage/servernotices.h"
#include "core/storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QStringList kSubjects{u"Vi"_s, u"Ledningsgruppen"_s, u"Enheten"_s, u"Avdelning 12"_s, u"Vårdcentralen"_s,
                            u"Akutmottagningen"_s, u"Medarbetarna"_s, u"Patienterna"_s, u"Närstående"_s,
                            u"Processledaren"_s, u"Första linjens chefer"_s, u"Kvalitetsrådet"_s};
const QStringList kVerbs{u"följer upp"_s, u"mäter"_s, u"diskuterar"_s, u"prioriterar"_s, u"förbättrar"_s,
                         u"testar"_s, u"beskriver"_s, u"saknar"_s, u"behöver"_s, u"sprider"_s, u"analyserar"_s};
const QStringList kObjects{u"väntetiderna till återbesök"_s, u"flödet från akuten till avdelning"_s,
                           u"andelen trycksår"_s, u"överrapporteringen vid skiftbyte"_s,
                           u"läkemedelsgenomgångarna"_s, u"PREM-enkätens resultat"_s, u"körschemat för vårdtider"_s,
                           u"tillgängligheten i telefon"_s, u"samverkan med kommunen"_s,
                           u"utskrivningsprocessen"_s, u"patientsäkerhetsronderna"_s, u"de jämlika vårdresultaten"_s,
                           u"kompetensen i förbättringskunskap"_s, u"arbetsmiljön på natten"_s};
const QStringList kEndings{u"varje månad"_s, u"med små tester"_s, u"tillsammans med patienterna"_s,
                           u"i resultatdialogen"_s, u"på arbetsplatsträffen"_s, u"före sommaren"_s,
                           u"enligt PDSA"_s, u"i ledningsgruppen"_s, u"med stöd av kvalitetsregistret"_s};

QString sentence(QRandomGenerator &random)
{
    auto pick = [&](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    return u"%1 %2 %3 %4."_s.arg(pick(kSubjects), pick(kVerbs), pick(kObjects), pick(kEndings));
}

QString text(QRandomGenerator &random, int sentences)
{
    QStringList parts;
    for (int i = 0; i < sentences; ++i)
        parts.append(sentence(random));
    return parts.join(u' ');
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

qint64 count(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : 0;
}

bool generate(Database &database, int groupCount, int meetingCount)
{
    QRandomGenerator random(2026);
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore steps(database);
    QString error;
    QElapsedTimer clock;
    clock.start();
    for (int g = 0; g < groupCount; ++g) {
        Transaction batch(database); // one group at a time, as one change
        const qint64 group = groups.createGroup(u"Ledningsgrupp %1"_s.arg(g + 1), u"Region Exempel"_s, &error);
        QList<qint64> members;
        for (int m = 0; m < 8; ++m)
            members.append(groups.addMember({0, group, u"Medlem %1"_s.arg(m + 1), RoleLevel(m % 5), true}, &error));
        QDate date(2010, 1, 4);
        for (int i = 0; i < meetingCount; ++i, date = date.addDays(7)) {
            Meeting meeting;
            meeting.groupId = group;
            meeting.date = date;
            meeting.startTime = QTime(13, 0);
            meeting.endTime = QTime(15, 0);
            meeting.place = u"Konferensrummet"_s;
            meeting.moduleIds = {u"modul-%1"_s.arg(i % 15)};
            meeting.freeNotes = text(random, 2);
            const qint64 id = meetings.createMeeting(meeting, &error);
            for (qint64 member : members)
                meetings.setAttendance(id, member, random.bounded(10) > 1, &error);
            for (int q = 0; q < 6; ++q) {
                meetings.saveQuestionNote(id, {meeting.moduleIds.first(), q, text(random, 2), text(random, 2),
                                               text(random, 1), text(random, 1)},
                                          &error);
            }
            meetings.addRecordItem({0, id, RecordKind::Decision, text(random, 1), {}}, &error);
            meetings.addRecordItem({0, id, RecordKind::Decision, text(random, 1), {}}, &error);
            meetings.addRecordItem({0, id, RecordKind::Choice, text(random, 1), text(random, 1)}, &error);
            meetings.addRecordItem({0, id, RecordKind::SoftResult, text(random, 1), {}}, &error);
            for (int s = 0; s < 2; ++s) {
                NextStep step;
                step.originMeetingId = id;
                step.what = text(random, 1);
                step.owner = StepOwner::member(members.at(random.bounded(int(members.size()))));
                step.due = date.addDays(28);
                const qint64 stepId = steps.add(step, &error);
                if (i + 10 < meetingCount) // older steps have been dealt with
                    steps.review({stepId, id, FollowUpOutcome::Done, {}, {}, {}, {}, {}, {}}, &error);
            }
        }
        if (!batch.commit(&error)) {
            out << "generation failed: " << error << '\n';
            return false;
        }
        if ((g + 1) % 10 == 0 || g + 1 == groupCount) {
            out << "  generated " << (g + 1) << "/" << groupCount << " groups (" << clock.elapsed() / 1000 << " s)\n";
            out.flush();
        }
    }
    return true;
}

// --clients N: N PCs on one server, each its own connection saving one edit a second to a meeting
// of its own for --seconds S; each change's notice timed at every other PC (LISTEN/NOTIFY).
int clients(const QString &address, int count, int seconds)
{
    QString error;
    std::vector<std::unique_ptr<Database>> pcs;
    std::vector<std::unique_ptr<ServerNotices>> notices;
    for (int i = 0; i < count; ++i) {
        pcs.push_back(std::make_unique<Database>());
        if (!pcs.back()->open(address, &error)) {
            out << error << '\n';
            return 1;
        }
    }
    // Each PC's own meeting, in one group.
    const qint64 group = GroupStore(*pcs.front()).createGroup(u"Bänkgruppen"_s, {}, &error);
    QList<qint64> meetingOf;
    for (int i = 0; i < count; ++i) {
        Meeting meeting;
        meeting.groupId = group;
        meeting.date = QDate(2027, 1, 4).addDays(7 * i);
        meetingOf.append(MeetingStore(*pcs.at(i)).createMeeting(meeting, &error));
    }
    QHash<qint64, qint64> savedAt; // meeting → when its last edit was saved (ns on one clock)
    QElapsedTimer clock;
    clock.start();
    QList<double> noticeDelays;
    for (int i = 0; i < count; ++i) {
        notices.push_back(std::make_unique<ServerNotices>(*pcs.at(i)));
        QObject::connect(notices.back().get(), &ServerNotices::changed, notices.back().get(),
                         [&savedAt, &clock, &noticeDelays](const RecordChange &change) {
                             if (change.key == u"meeting_id"_s && savedAt.contains(change.id))
                                 noticeDelays.append((clock.nsecsElapsed() - savedAt.value(change.id)) / 1e6);
                         });
    }
    QList<double> saves;
    QRandomGenerator random(11);
    QTimer tick;
    int round = 0;
    tick.setInterval(1000 / count); // the N PCs' one edit a second each, spread over the second
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const int pc = round % count;
        ++round;
        MeetingStore meetings(*pcs.at(pc));
        const QuestionNote note{u"modul-1"_s, int(random.bounded(6)), text(random, 2), text(random, 2), {}, {}};
        QElapsedTimer save;
        save.start();
        QString saveError;
        if (!meetings.saveQuestionNote(meetingOf.at(pc), note, &saveError))
            out << "save failed: " << saveError << '\n';
        saves.append(save.nsecsElapsed() / 1e6);
        savedAt.insert(meetingOf.at(pc), clock.nsecsElapsed());
    });
    tick.start();
    QTimer::singleShot(seconds * 1000, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    QTest::qWait(1500); // the last notices
    auto line = [](const char *what, const QList<double> &values, double target) {
        out << QString::fromLatin1(what).leftJustified(30) << " p50 " << QString::number(percentile(values, 0.5), 'f', 2)
            << " ms   p95 " << QString::number(percentile(values, 0.95), 'f', 2) << " ms   (target p95 ≤ "
            << target << " ms)\n";
    };
    out << "\nleda-bench-storage: " << count << " clients, one edit a second each for " << seconds << " s: "
        << saves.size() << " saves, " << noticeDelays.size() << " notices (" << count - 1 << " per save expected)\n";
    line("save one edit", saves, 10);
    line("another client notified", noticeDelays, 1000);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"groups"_s, u"Number of leadership groups (200)."_s, u"N"_s, u"200"_s},
                       {u"meetings"_s, u"Meetings per group (400)."_s, u"M"_s, u"400"_s},
                       {u"db"_s, u"Database file or server (postgresql://…); reused when it already holds the same size."_s, u"PATH"_s,
                        u"leda-bench.sqlite"_s},
                       {u"samples"_s, u"Samples per measurement (300)."_s, u"K"_s, u"300"_s},
                       {u"clients"_s, u"On a server: N clients saving at once, instead of the rest."_s, u"N"_s},
                       {u"seconds"_s, u"How long the clients save (60)."_s, u"S"_s, u"60"_s}});
    parser.process(app);
    if (parser.isSet(u"clients"_s))
        return clients(parser.value(u"db"_s), parser.value(u"clients"_s).toInt(), parser.value(u"seconds"_s).toInt());
    const int groupCount = parser.value(u"groups"_s).toInt();
    const int meetingCount = parser.value(u"meetings"_s).toInt();
    const int samples = parser.value(u"samples"_s).toInt();
    const QString path = parser.value(u"db"_s);
    QString error;

    {
        Database database;
        if (!database.open(path, &error)) {
            out << error << '\n';
            return 1;
        }
        if (count(database, u"meetings"_s) != qint64(groupCount) * meetingCount) {
            if (count(database, u"meetings"_s) != 0) {
                out << path << " holds another size; remove it or choose another --db\n";
                return 1;
            }
            out << "Generating " << groupCount << " groups × " << meetingCount << " meetings in " << path << " …\n";
            out.flush();
            if (!generate(database, groupCount, meetingCount))
                return 1;
            QSqlQuery(database.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
    }
    if (Database::isServerAddress(path))
        out << "Database: the server " << path << '\n';
    else
        out << "Database: " << path << ", " << QFileInfo(path).size() / (1024 * 1024) << " MiB\n";

    // Open: what Leda does at start (lock, header and version checks, pragmas), median of 5.
    QList<double> opens;
    for (int i = 0; i < 5; ++i) {
        Database database;
        QElapsedTimer clock;
        clock.start();
        if (!database.open(path, &error)) {
            out << error << '\n';
            return 1;
        }
        opens.append(clock.nsecsElapsed() / 1e6);
    }
    Database database;
    database.open(path, &error);
    out << "meetings: " << count(database, u"meetings"_s) << ", question notes: " << count(database, u"question_notes"_s)
        << ", next steps: " << count(database, u"next_steps"_s) << '\n';

    MeetingStore meetings(database);
    NextStepStore steps(database);
    GroupStore groups(database);
    SearchStore search(database);
    QRandomGenerator random(7);
    const qint64 maxMeeting = qint64(groupCount) * meetingCount;

    // Load one meeting: everything the meeting page reads.
    QList<double> loads;
    for (int i = 0; i < samples; ++i) {
        const qint64 id = 1 + qint64(random.bounded(quint64(maxMeeting)));
        QElapsedTimer clock;
        clock.start();
        const Meeting meeting = meetings.meeting(id);
        groups.members(meeting.groupId);
        meetings.attendance(id);
        meetings.guests(id);
        meetings.questionNotes(id);
        meetings.recordItems(id);
        steps.fromMeeting(id);
        steps.followUp(id);
        loads.append(clock.nsecsElapsed() / 1e6);
    }

    // Save: one edit through Autosave (a transaction with synchronous=FULL), as typing does.
    Autosave autosave(database);
    QList<double> saves;
    for (int i = 0; i < samples; ++i) {
        const qint64 id = 1 + qint64(random.bounded(quint64(maxMeeting)));
        const QuestionNote note{u"modul-%1"_s.arg(id % 15), int(random.bounded(6)), text(random, 2), text(random, 2),
                                text(random, 1), u"Ändrad i mätningen %1"_s.arg(i)};
        autosave.queue(u"note"_s, [&meetings, id, note](QString *e) { return meetings.saveQuestionNote(id, note, e); });
        QElapsedTimer clock;
        clock.start();
        if (!autosave.flush()) {
            out << "save failed: " << autosave.lastError() << '\n';
            return 1;
        }
        saves.append(clock.nsecsElapsed() / 1e6);
    }

    // Search: one or two Swedish words in one group's record.
    const QStringList words{u"väntetiderna"_s, u"trycksår"_s, u"närstående"_s, u"körschemat"_s, u"PDSA"_s,
                            u"överrapporteringen"_s, u"kommunen"_s, u"patienterna"_s, u"läkemedel"_s,
                            u"jämlika vård"_s, u"flödet akuten"_s, u"arbetsmiljön natten"_s};
    QList<double> searches;
    int hits = 0;
    for (int i = 0; i < samples; ++i) {
        const qint64 group = 1 + qint64(random.bounded(quint64(groupCount)));
        const QString word = words.at(i % words.size());
        QElapsedTimer clock;
        clock.start();
        hits += int(search.search(group, word).size());
        searches.append(clock.nsecsElapsed() / 1e6);
    }

    auto line = [](const char *what, const QList<double> &values, double target) {
        out << QString::fromLatin1(what).leftJustified(22) << " p50 " << QString::number(percentile(values, 0.5), 'f', 2)
            << " ms   p95 " << QString::number(percentile(values, 0.95), 'f', 2) << " ms"
            << (target > 0 ? u"   (target p95 ≤ %1 ms)"_s.arg(target) : QString()) << '\n';
    };
    out << "\nleda-bench-storage: " << groupCount << " groups × " << meetingCount << " meetings, " << samples
        << " samples each\n";
    out << QStringLiteral("open").leftJustified(22) << " median " << QString::number(percentile(opens, 0.5), 'f', 2)
        << " ms   (target ≤ 100 ms)\n";
    line("load one meeting", loads, 0);
    line("save one edit", saves, 5);
    line("search", searches, 50);
    out << "search hits per query (mean): " << hits / qMax(1, samples) << '\n';
    return 0;
}
