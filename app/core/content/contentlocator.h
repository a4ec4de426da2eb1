#pragma once

#include <QString>

namespace Leda {

// Where the course lives. Lookup chain: an explicit folder (--modules / --films), then the
// environment (LEDA_MODULES_DIR / LEDA_FILMS_DIR), then the build tree when Leda runs from it,
// then the installed data directory (<prefix>/share/leda).
struct ContentLocations
{
    QString modulesDir;
    QString filmsDir;

    static ContentLocations resolve(const QString &modulesOverride = {}, const QString &filmsOverride = {});
    static QString installedDataDir();
    static bool runningFromBuildTree();
};

} // namespace Leda
