// leda: parse the command line, install translators, open the course and the record, show the window.
#include "core/commandline.h"
#include "core/content/contentloader.h"
#include "core/content/contentlocator.h"
#include "core/export/exportcommand.h"
#include "core/measures/measurescommand.h"
#include "core/settings/settings.h"
#include "core/storage/database.h"
#include "core/storage/recordcopy.h"
#include "ui/mainwindow.h"
#include "ui/player/filmprobe.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Leda"_s);
    QCoreApplication::setApplicationName(u"leda"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDA_VERSION));
}

QString startLanguage(const Leda::Settings &settings)
{
    const QString fromArguments = Leda::CommandLine::peekLanguage(QCoreApplication::arguments());
    return fromArguments.isEmpty() ? settings.language() : fromArguments;
}

} // namespace

int main(int argc, char **argv)
{
    if (Leda::MigrateCommand::isMigrate(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Leda::CommandLine::installTranslators(startLanguage(Leda::Settings()));
        return Leda::MigrateCommand::run(QCoreApplication::arguments());
    }
    if (Leda::MeasuresCommand::isMeasures(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Leda::CommandLine::installTranslators(startLanguage(Leda::Settings()));
        return Leda::MeasuresCommand::run(QCoreApplication::arguments());
    }
    // A content check needs no window (and no display): a QCoreApplication is enough.
    const bool exporting = Leda::ExportCommand::isExport(argc, argv);
    const bool headless = exporting || Leda::CommandLine::isHeadless(argc, argv);
    // Exports lay out text and fonts, and a content check with --films decodes the films (Qt Gui
    // for both), but they show nothing: offscreen unless told otherwise.
    const bool needsGui = exporting || (headless && std::any_of(argv + 1, argv + argc, [](const char *argument) {
                                            return std::strcmp(argument, "--films") == 0
                                                || std::strncmp(argument, "--films=", 8) == 0;
                                        }));
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsGui   ? new QGuiApplication(argc, argv)
                                          : headless ? new QCoreApplication(argc, argv)
                                                     : new QApplication(argc, argv));
    setIdentity();
    Leda::Settings settings;
    Leda::CommandLine::installTranslators(startLanguage(settings));

    if (exporting) {
        const auto locations = Leda::ContentLocations::resolve();
        return Leda::ExportCommand::run(QCoreApplication::arguments(), locations.modulesDir, locations.filmsDir);
    }

    Leda::CommandLineOptions options;
    QString error;
    if (!Leda::CommandLine::parse(QCoreApplication::arguments(), &options, &error)) {
        QTextStream(stderr) << error << '\n';
        if (!headless)
            QMessageBox::critical(nullptr, QObject::tr("Leda cannot start"), error);
        return 2;
    }
    if (options.checkContent) {
        return Leda::CommandLine::runContentCheck(options.checkContentDir, options.filmsDir,
                                                  [](const QString &film) { return Leda::FilmProbe::problem(film); });
    }

    QGuiApplication::setDesktopFileName(QStringLiteral(LEDA_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" LEDA_APP_ID ".svg")));
    const auto locations = Leda::ContentLocations::resolve(options.modulesDir, options.filmsDir);
    const auto content = Leda::ContentLoader::load(locations.modulesDir, locations.filmsDir);

    Leda::Database database;
    QString databaseError;
    const QString databasePath = options.databasePath.isEmpty() ? Leda::Database::defaultPath() : options.databasePath;
    // A named file that is empty, or in a folder that is not there, becomes a record only if
    // the user says so (a new file in an existing folder is what --database FILE is for).
    const QString question = options.databasePath.isEmpty()
        ? QString()
        : Leda::MainWindow::newRecordQuestion(databasePath, true);
    if (!question.isEmpty()
        && QMessageBox::question(nullptr, Leda::MainWindow::tr("New record?"), question,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return 1;
    const bool databaseOpen = database.open(databasePath, &databaseError);

    Leda::MainWindow window(settings, database, content.course, content.problems);
    if (!databaseOpen) {
        QTextStream(stderr) << databaseError << '\n';
        window.showDatabaseProblem(databaseError);
    }
    window.showMaximized(); // the meeting-room screen belongs to the course
    // For the start-up benchmark: quit as soon as the event loop has shown the window.
    if (qEnvironmentVariableIsSet("LEDA_EXIT_AFTER_SHOW"))
        QTimer::singleShot(0, app.get(), &QCoreApplication::quit);
    return app->exec();
}
