#pragma once

#include <QtGlobal>

namespace Leda {

// A timebox's countdown. It keeps no clock of its own: every call is given the time now (in
// milliseconds on any monotonic clock), so a test can drive it with a clock it controls.
class Countdown final
{
public:
    explicit Countdown(qint64 durationMs = 0)
        : m_durationMs(durationMs)
    {
    }

    void start(qint64 nowMs);
    void pause(qint64 nowMs);
    void restart(qint64 nowMs); // back to the whole timebox, running
    void extend(qint64 deltaMs);

    bool isRunning() const { return m_runningSinceMs >= 0; }
    bool hasStarted() const { return isRunning() || m_elapsedMs > 0; }
    qint64 durationMs() const { return m_durationMs; }
    qint64 elapsedMs(qint64 nowMs) const;
    qint64 remainingMs(qint64 nowMs) const; // negative once the time is up: the overrun
    bool isTimeUp(qint64 nowMs) const { return m_durationMs > 0 && remainingMs(nowMs) <= 0; }

private:
    qint64 m_durationMs = 0;
    qint64 m_elapsedMs = 0;       // before the current run
    qint64 m_runningSinceMs = -1; // -1 while paused
};

} // namespace Leda
