// leda-screenshots OUTDIR: starts Leda in Swedish on a demo record (a leadership group, three
// meetings) and saves what the screen shows at the main steps as PNG files, for people
// reviewing the look. Run under Xvfb (or any desktop); not part of the test suite.
#include "core/commandline.h"
#include "core/content/contentloader.h"
#include "core/content/contentlocator.h"
#include "core/settings/settings.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "ui/mainwindow.h"
#include "ui/meeting/meetingspage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

void seed(Database &database, const Course &course)
{
    QString error;
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore steps(database);
    const qint64 group = groups.createGroup(u"Ledningsgruppen medicinkliniken"_s, u"Region Exempel"_s, &error);
    const QList<std::pair<QString, RoleLevel>> people{{u"Åsa Lindqvist"_s, RoleLevel::SeniorManagement},
                                                      {u"Erik Öberg"_s, RoleLevel::FirstLineManager},
                                                      {u"Maria Svensson"_s, RoleLevel::FirstLineManager},
                                                      {u"Johan Ek"_s, RoleLevel::ProcessRole}};
    QList<qint64> members;
    for (const auto &[name, role] : people)
        members.append(groups.addMember({0, group, name, role, true}, &error));

    auto meetingOn = [&](const QDate &date, int module) {
        Meeting meeting;
        meeting.groupId = group;
        meeting.date = date;
        meeting.startTime = QTime(13, 0);
        meeting.endTime = QTime(15, 0);
        meeting.place = u"Konferensrum Ljuset, plan 3"_s;
        meeting.moduleIds = {course.modules.at(module).id};
        return meetings.createMeeting(meeting, &error);
    };
    const qint64 first = meetingOn(QDate(2026, 10, 5), 0);
    const qint64 second = meetingOn(QDate(2026, 11, 2), 1);
    for (qint64 member : members)
        meetings.setAttendance(first, member, member != members.at(3), &error);
    meetings.saveQuestionNote(first, {course.modules.at(0).id, 0, u"Förbättringsarbete tas upp när något har gått fel."_s,
                                      u"En stående punkt på varje ledningsgruppsmöte."_s,
                                      u"Jag sätter upp punkten på dagordningen från november."_s, {}},
                              &error);
    meetings.addRecordItem({0, first, RecordKind::Decision, u"Kursen blir en stående punkt, 90 minuter varannan vecka."_s, {}}, &error);
    meetings.addRecordItem({0, first, RecordKind::Choice, u"Vi börjar med flödet från akuten till avdelning 12."_s,
                            u"Där är väntetiderna längst och personalen har själv lyft frågan."_s},
                           &error);
    NextStep step;
    step.originMeetingId = first;
    step.what = u"Ta fram ett körschema för väntetid till avdelning"_s;
    step.ownerMemberId = members.at(1);
    step.due = QDate(2026, 10, 30);
    steps.add(step, &error);
    step.what = u"Bjuda in en patientrepresentant till nästa möte"_s;
    step.ownerMemberId = members.at(0);
    step.due = QDate(2026, 11, 20);
    steps.add(step, &error);
    step.what = u"Sammanställa synpunkter från patientnämnden"_s;
    step.ownerMemberId = members.at(2);
    step.due = QDate(2026, 12, 1);
    steps.add(step, &error);
    for (qint64 member : members)
        meetings.setAttendance(second, member, true, &error);
    meetings.saveQuestionNote(second, {course.modules.at(1).id, 0, u"Vi följer främst ekonomi och beläggning."_s,
                                       u"Två process- och ett resultatmått för flödet, varje månad."_s,
                                       u"Erik och jag väljer måtten till nästa möte."_s, {}},
                              &error);
}

void save(QWidget *window, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(400);
    const QPixmap shot = window->screen()->grabWindow(window->winId());
    shot.save(path);
    QTextStream(stdout) << path << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(outDir);
    CommandLine::installTranslators(u"sv"_s);
    QTemporaryDir work;
    Settings settings(work.filePath(u"settings.ini"_s));
    const auto locations = ContentLocations::resolve();
    const auto content = ContentLoader::load(locations.modulesDir, locations.filmsDir);
    Database database;
    QString error;
    if (!database.open(work.filePath(u"leda.sqlite"_s), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    seed(database, content.course);

    MainWindow window(settings, database, content.course, content.problems);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.selectGroup(1);
    window.showMeetings();
    save(&window, outDir + u"/01-meetings.png"_s);

    const qint64 third = window.newMeeting();
    Q_UNUSED(third);
    save(&window, outDir + u"/02-meeting-open-steps.png"_s);
    auto *scroll = window.findChild<QScrollArea *>(u"meetingScroll"_s);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 3);
    save(&window, outDir + u"/03-meeting-questions.png"_s);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    save(&window, outDir + u"/04-meeting-decisions.png"_s);

    window.showMeetings();
    window.findChild<QLineEdit *>(u"searchField"_s)->setText(u"väntetid"_s);
    QTest::qWait(400);
    save(&window, outDir + u"/05-search.png"_s);
    return 0;
}
