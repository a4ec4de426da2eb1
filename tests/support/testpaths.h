#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

// Paths given by the build (compile definitions), never the working directory.
namespace TestPaths {
inline QString data(const QString &relative = {})
{
    return QStringLiteral(LEDA_TEST_DATA_DIR "/") + relative;
}
inline QString modules()
{
    return QStringLiteral(LEDA_TEST_MODULES_DIR);
}
inline QString films()
{
    return QStringLiteral(LEDA_TEST_FILMS_DIR);
}
// A copy of a database fixture (tests/data/databases/NAME) in dir, writable like a user's
// record: to open, migrate and change without touching the fixture. Empty if it cannot be made.
inline QString fixtureCopy(const QTemporaryDir &dir, const QString &name, const QString &as = {})
{
    const QString target = dir.filePath(as.isEmpty() ? name : as);
    if (!QFile::copy(data(QStringLiteral("databases/") + name), target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}
} // namespace TestPaths
