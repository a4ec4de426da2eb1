#include "ui/presentation/presentationtext.h"

#include "core/meeting/preparation.h"
#include "core/presentation/presentationsession.h"
#include "core/timeformat.h"

using namespace Qt::StringLiterals;

namespace Leda {

QString PresentationText::position(const PresentationSession &session)
{
    if (session.stepCount() == 0)
        return {};
    QString text = tr("Item %1 of %2").arg(session.currentIndex() + 1).arg(session.stepCount());
    const AgendaItem &item = session.current();
    if (item.kind == AgendaItem::Kind::Question) {
        int questions = 0;
        int number = 0;
        for (int i = 0; i < session.stepCount(); ++i) {
            if (session.step(i).kind == AgendaItem::Kind::Question) {
                ++questions;
                if (i == session.currentIndex())
                    number = questions;
            }
        }
        text += u" · "_s + tr("Question %1 of %2").arg(number).arg(questions);
    }
    return text;
}

QString PresentationText::title(const PresentationSession &session, int index)
{
    if (index < 0 || index >= session.stepCount())
        return {};
    const AgendaItem &item = session.step(index);
    return item.kind == AgendaItem::Kind::Question ? session.questionText(item.questionIndex) : item.title;
}

QString PresentationText::countdown(const PresentationSession &session)
{
    if (session.stepCount() == 0 || session.timeboxMs() <= 0)
        return {};
    const qint64 remaining = session.remainingMs();
    if (session.isTimeUp())
        return tr("Time is up +%1").arg(formatClock(-remaining));
    // Rounded up, so that 0:00 is shown only when the time is up.
    const QString clock = formatClock(((remaining + 999) / 1000) * 1000);
    return session.isTimerRunning() ? clock : tr("%1 (paused)").arg(clock);
}

QString PresentationText::keyHint(const AgendaItem &item)
{
    const QString keys = tr("Space or → next · ← back · P pause the time · F full screen · Esc leave");
    switch (item.kind) {
    case AgendaItem::Kind::Film:
        return tr("Enter plays or pauses the film · %1").arg(keys);
    case AgendaItem::Kind::Review:
        return tr("↑↓ choose a step · 1 done · 2 in progress · 3 carry forward · 4 drop · %1").arg(keys);
    default:
        return keys;
    }
}

} // namespace Leda
