#pragma once

#include <functional>

#include <QCoreApplication>
#include <QStringList>

namespace Leda {

struct CommandLineOptions
{
    QString language;     // empty: use the setting
    QString modulesDir;   // empty: the lookup chain
    QString filmsDir;
    QString databasePath; // empty: the default file in the user's data folder
    QString checkContentDir;
    bool checkContent = false;
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the command needs no window (content check, help, version), so main() can
    // start a QCoreApplication instead of a QApplication.
    static bool isHeadless(int argc, char **argv);
    // The --lang value, read before the translators are installed.
    static QString peekLanguage(const QStringList &arguments);

    // Parses arguments; prints help or version and exits for --help / --version.
    static bool parse(const QStringList &arguments, CommandLineOptions *options, QString *error);

    // Loads the translators for language ("sv" or "en"): Leda's own and Qt's.
    static void installTranslators(const QString &language);

    // --check-content: prints each problem; returns the process exit code.
    // Checks every module manifest; with filmsDir, also tries each module's film through
    // probeFilm (empty: it plays; else what is wrong), which the UI layer supplies.
    static int runContentCheck(const QString &modulesDir, const QString &filmsDir = {},
                               const std::function<QString(const QString &)> &probeFilm = {});
};

} // namespace Leda
