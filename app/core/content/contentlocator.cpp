#include "core/content/contentlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QString firstNonEmpty(const QString &a, const QByteArray &environment)
{
    if (!a.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(a));
    const QString fromEnvironment = QString::fromLocal8Bit(environment);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return {};
}

} // namespace

bool ContentLocations::runningFromBuildTree()
{
    const QString buildDir = QFileInfo(QStringLiteral(LEDA_BUILD_FILMS_DIR)).absolutePath();
    const QString appDir = QCoreApplication::applicationDirPath();
    return !appDir.isEmpty() && (appDir == buildDir || appDir.startsWith(buildDir + u'/'));
}

QString ContentLocations::installedDataDir()
{
    // Relative to the executable first, so a relocated install (or a .deb in /usr) works.
    const QString relative = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/leda"_s);
    if (QFileInfo(relative + u"/modules"_s).isDir())
        return relative;
    return QStringLiteral(LEDA_INSTALL_DATA_DIR);
}

ContentLocations ContentLocations::resolve(const QString &modulesOverride, const QString &filmsOverride)
{
    ContentLocations locations;
    locations.modulesDir = firstNonEmpty(modulesOverride, qgetenv("LEDA_MODULES_DIR"));
    locations.filmsDir = firstNonEmpty(filmsOverride, qgetenv("LEDA_FILMS_DIR"));
    const bool fromBuildTree = runningFromBuildTree();
    if (locations.modulesDir.isEmpty())
        locations.modulesDir = fromBuildTree ? QStringLiteral(LEDA_SOURCE_MODULES_DIR)
                                             : installedDataDir() + u"/modules"_s;
    if (locations.filmsDir.isEmpty())
        locations.filmsDir = fromBuildTree ? QStringLiteral(LEDA_BUILD_FILMS_DIR) : installedDataDir() + u"/films"_s;
    return locations;
}

} // namespace Leda
