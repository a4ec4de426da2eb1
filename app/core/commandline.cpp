#include "core/commandline.h"

#include "core/content/contentloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTextStream>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Leda {

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--check-content", "--help", "-h", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

QString CommandLine::peekLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="_s))
            return arguments.at(i).mid(7);
    }
    return {};
}

bool CommandLine::parse(const QStringList &arguments, CommandLineOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Leda – a course on leading improvement work, for leadership groups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s, tr("User interface language: sv (Swedish) or en (English)."),
                                  tr("language"));
    const QCommandLineOption modules(u"modules"_s, tr("Read the course modules from <folder>."), tr("folder"));
    const QCommandLineOption films(u"films"_s, tr("Read generated films from <folder>."), tr("folder"));
    const QCommandLineOption database(u"database"_s,
                                      tr("Keep the group's record in the SQLite file <record>, or on a region's "
                                         "PostgreSQL server (postgresql://host/database, or service=name)."),
                                      tr("record"));
    const QCommandLineOption check(u"check-content"_s,
                                   tr("Check every module in <folder>, print each problem and exit (non-zero when "
                                      "there are problems)."),
                                   tr("folder"));
    parser.addOptions({lang, modules, films, database, check});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unknown argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->language = parser.value(lang);
    if (!options->language.isEmpty() && options->language != u"sv"_s && options->language != u"en"_s) {
        *error = tr("Unknown language \"%1\"; use sv or en.").arg(options->language);
        return false;
    }
    options->modulesDir = parser.value(modules);
    options->filmsDir = parser.value(films);
    options->databasePath = parser.value(database);
    options->checkContent = parser.isSet(check);
    options->checkContentDir = parser.value(check);
    return true;
}

void CommandLine::installTranslators(const QString &language)
{
    // Replaces the translators of an earlier call, so the language can be switched.
    static QPointer<QTranslator> qtTranslator;
    static QPointer<QTranslator> ledaTranslator;
    for (QPointer<QTranslator> *translator : {&qtTranslator, &ledaTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
    auto *app = QCoreApplication::instance();
    // Qt's own dialogs: Debian 12 ships qt_sv.qm but no qtbase_sv.qm. What neither has, Leda's
    // own catalogue holds (app/ui/qtstrings.cpp); it is installed last, so it is asked first.
    qtTranslator = new QTranslator(app);
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTranslator->load(QLocale(language), u"qtbase"_s, u"_"_s, qtFolder)
        || qtTranslator->load(QLocale(language), u"qt"_s, u"_"_s, qtFolder))
        QCoreApplication::installTranslator(qtTranslator);
    ledaTranslator = new QTranslator(app);
    if (ledaTranslator->load(u":/i18n/leda_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(ledaTranslator);
    QLocale::setDefault(QLocale(language == u"en"_s ? u"en_GB"_s : u"sv_SE"_s));
}

int CommandLine::runContentCheck(const QString &modulesDir, const QString &filmsDir,
                                 const std::function<QString(const QString &)> &probeFilm)
{
    QTextStream out(stdout);
    ContentLoader::Result result = ContentLoader::load(modulesDir, filmsDir);
    if (!filmsDir.isEmpty() && probeFilm) {
        for (const Module &module : std::as_const(result.course.modules)) {
            if (module.film.videoPath.isEmpty())
                continue;
            const QString problem = probeFilm(module.film.videoPath);
            if (!problem.isEmpty())
                result.problems.append({module.folderName, u"film"_s, problem});
        }
    }
    for (const ContentProblem &problem : std::as_const(result.problems))
        out << problem.toString() << '\n';
    out << tr("%1: %n module(s) checked, ", nullptr, int(result.course.modules.size()))
               .arg(QDir::toNativeSeparators(modulesDir))
        << tr("%n problem(s).", nullptr, int(result.problems.size())) << '\n';
    return result.problems.isEmpty() ? 0 : 1;
}

} // namespace Leda
