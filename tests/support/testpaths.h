#pragma once

#include <QString>

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
} // namespace TestPaths
