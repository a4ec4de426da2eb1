// leda-screenshots OUTDIR: starts Leda in Swedish on a demo record (a leadership group, three
// meetings) and saves what the screen shows at the main steps as PNG files, for people
// reviewing the look. Run under Xvfb (or any desktop); not part of the test suite.
#include "core/commandline.h"
#include "core/content/contentloader.h"
#include "core/content/contentlocator.h"
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/settings/settings.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "ui/mainwindow.h"
#include "ui/meeting/meetingspage.h"
#include "support/demorecord.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

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
    const DemoRecord demo = seedDemoRecord(database, content.course);
    {
        // The documents a region files: minutes of one meeting and the course report.
        RecordExport record(database, content.course);
        Exporter exporter;
        exporter.writeMinutes(record.minutes(demo.meetings.at(1)), Exporter::Format::Pdf, outDir + u"/protokoll.pdf"_s, &error);
        exporter.writeReport(record.report(demo.group), Exporter::Format::Pdf, outDir + u"/slutrapport.pdf"_s, &error);
    }

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

    window.findChild<QPushButton *>(u"preparationButton"_s)->click();
    save(&window, outDir + u"/06-preparation.png"_s);

    window.showMeetings();
    window.findChild<QLineEdit *>(u"searchField"_s)->setText(u"väntetid"_s);
    QTest::qWait(400);
    save(&window, outDir + u"/05-search.png"_s);
    return 0;
}
