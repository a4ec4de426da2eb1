#pragma once

#include <QString>

namespace Leda {

// "4:05" or "1:02:09": the way a film's length and position are shown.
QString formatClock(qint64 ms);

} // namespace Leda
