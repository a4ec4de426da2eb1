#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Leda {

// leda export --database DB --group NAME (--meeting YYYY-MM-DD | --report)
//             --format pdf|pdfa|odt|md --output FILE [--facilitator-notes]
// For archivists and scripts: exits non-zero with a clear message on any problem.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static bool isExport(int argc, char **argv);
    static int run(const QStringList &arguments, const QString &modulesDir, const QString &filmsDir);
};

} // namespace Leda
