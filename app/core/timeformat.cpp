#include "core/timeformat.h"

using namespace Qt::StringLiterals;

namespace Leda {

QString formatClock(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QChar(u'0')).arg(seconds, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
}

} // namespace Leda
