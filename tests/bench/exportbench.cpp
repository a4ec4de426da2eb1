// leda-bench-export [--meetings N] [--runs R]: times exporting a course report of N meetings
// (default 15) to PDF, R times (default 5), and prints each time and the median. With --odt FILE
// it also writes the same report as ODT, for comparing with: libreoffice --headless --convert-to pdf FILE
#include "core/content/contentloader.h"
#include "core/content/contentlocator.h"
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Leda;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"meetings"_s, u"Meetings in the report (15)."_s, u"N"_s, u"15"_s},
                       {u"runs"_s, u"Timed runs (5)."_s, u"R"_s, u"5"_s},
                       {u"odt"_s, u"Also write the report as ODT to FILE."_s, u"FILE"_s}});
    parser.process(app);
    const int meetingCount = parser.value(u"meetings"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    Database database;
    QString error;
    if (!database.open(dir.filePath(u"leda.sqlite"_s), &error)) {
        out << error << '\n';
        return 1;
    }
    const auto locations = ContentLocations::resolve();
    const Course course = ContentLoader::load(locations.modulesDir, locations.filmsDir).course;
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore steps(database);
    const qint64 group = groups.createGroup(u"Ledningsgruppen medicinkliniken"_s, u"Region Exempel"_s, &error);
    QList<qint64> members;
    for (const QString &name : {u"Åsa Lindqvist"_s, u"Erik Öberg"_s, u"Maria Svensson"_s, u"Johan Ek"_s, u"Fatima Ali"_s})
        members.append(groups.addMember({0, group, name, RoleLevel::FirstLineManager, true}, &error));
    for (int i = 0; i < meetingCount; ++i) {
        const Module &module = course.modules.at(i % course.modules.size());
        Meeting meeting;
        meeting.groupId = group;
        meeting.date = QDate(2026, 1, 12).addDays(14 * i);
        meeting.startTime = QTime(13, 0);
        meeting.endTime = QTime(15, 0);
        meeting.place = u"Konferensrum Ljuset"_s;
        meeting.moduleIds = {module.id};
        meeting.freeNotes = u"Vi avslutade med en runda där var och en sa sitt nästa steg."_s;
        const qint64 id = meetings.createMeeting(meeting, &error);
        for (qint64 member : members)
            meetings.setAttendance(id, member, (member + i) % 5 != 0, &error);
        for (int q = 0; q < module.questions.size(); ++q) {
            meetings.saveQuestionNote(id, {module.id, q, u"I dag följer vi upp detta sporadiskt och utan gemensamma mått."_s,
                                           u"Vi vill ha en stående punkt och två tydliga mått som alla känner till."_s,
                                           u"Jag tar fram ett förslag på mått till nästa möte."_s,
                                           u"Gruppen var enig om att börja smått."_s},
                                      &error);
        }
        meetings.addRecordItem({0, id, RecordKind::Decision, u"Förbättringsarbetet följs upp på varje möte."_s, {}}, &error);
        meetings.addRecordItem({0, id, RecordKind::Choice, u"Vi prioriterar flödet från akuten."_s, u"Störst behov."_s}, &error);
        NextStep step;
        step.originMeetingId = id;
        step.what = u"Ta fram ett körschema för väntetiderna"_s;
        step.owner = StepOwner::member(members.at(i % members.size()));
        step.due = meeting.date.addDays(14);
        steps.add(step, &error);
    }
    const ReportContent report = RecordExport(database, course).report(group);
    QList<double> times;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const auto result = Exporter().writeReport(report, Exporter::Format::Pdf, dir.filePath(u"rapport.pdf"_s), &error,
                                                   [&pages](int, int total) { pages = total; return true; });
        if (result != Exporter::Result::Written) {
            out << error << '\n';
            return 1;
        }
        times.append(clock.nsecsElapsed() / 1e6);
        out << "run " << run + 1 << ": " << QString::number(times.last(), 'f', 0) << " ms\n";
    }
    std::sort(times.begin(), times.end());
    out << "leda-bench-export: course report of " << meetingCount << " meetings, " << pages
        << " pages, PDF: median " << QString::number(times.at(times.size() / 2), 'f', 0) << " ms of " << runs << " runs\n";
    if (parser.isSet(u"odt"_s)) {
        if (Exporter().writeReport(report, Exporter::Format::Odt, parser.value(u"odt"_s), &error) != Exporter::Result::Written) {
            out << error << '\n';
            return 1;
        }
        out << "ODT written to " << parser.value(u"odt"_s) << " (compare: libreoffice --headless --convert-to pdf)\n";
    }
    return 0;
}
