#pragma once

#include <QCoreApplication>
#include <QString>

namespace Leda {

// Tries a film the way the player will: loads it, reads its length and decodes its first frame.
class FilmProbe final
{
    Q_DECLARE_TR_FUNCTIONS(FilmProbe)

public:
    // Empty when the film plays; otherwise what is wrong and what to do, naming the file.
    static QString problem(const QString &path, int timeoutMs = 10'000);
};

} // namespace Leda
