#include "core/presentation/countdown.h"

namespace Leda {

void Countdown::start(qint64 nowMs)
{
    if (!isRunning())
        m_runningSinceMs = nowMs;
}

void Countdown::pause(qint64 nowMs)
{
    if (!isRunning())
        return;
    m_elapsedMs += qMax<qint64>(0, nowMs - m_runningSinceMs);
    m_runningSinceMs = -1;
}

void Countdown::restart(qint64 nowMs)
{
    m_elapsedMs = 0;
    m_runningSinceMs = nowMs;
}

void Countdown::extend(qint64 deltaMs)
{
    m_durationMs = qMax<qint64>(0, m_durationMs + deltaMs);
}

qint64 Countdown::elapsedMs(qint64 nowMs) const
{
    return m_elapsedMs + (isRunning() ? qMax<qint64>(0, nowMs - m_runningSinceMs) : 0);
}

qint64 Countdown::remainingMs(qint64 nowMs) const
{
    return m_durationMs - elapsedMs(nowMs);
}

} // namespace Leda
