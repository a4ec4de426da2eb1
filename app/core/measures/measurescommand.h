#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Leda {

// leda measures analyse --csv FILE [--chart run|i|p|u|c] [--freeze K] [--split K[,K…]]
//                       [--exclude K[,K…]] [--screen-moving-ranges] [--per N]
// For analysts and scripts: the same statistics the charts use, printed as JSON. Exits
// non-zero with a message on bad input.
class MeasuresCommand final
{
    Q_DECLARE_TR_FUNCTIONS(MeasuresCommand)

public:
    static bool isMeasures(int argc, char **argv);
    static int run(const QStringList &arguments);
};

} // namespace Leda
