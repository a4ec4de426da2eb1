#pragma once

#include <QList>
#include <QSize>
#include <QString>

namespace Leda {

struct ScreenInfo
{
    QString name;
    QSize size;
    // What is remembered: the name with the size, since some systems give every screen the same name.
    QString key() const { return QStringLiteral("%1 %2x%3").arg(name).arg(size.width()).arg(size.height()); }
};

// Which screen shows the room view when the facilitator works on facilitatorScreen: the one
// chosen last time (its key) if it is connected and not the facilitator's own, otherwise the largest of
// the others. -1 when there is no other screen: then the presentation runs in one window.
int chooseRoomScreen(const QList<ScreenInfo> &screens, int facilitatorScreen, const QString &rememberedKey);

} // namespace Leda
