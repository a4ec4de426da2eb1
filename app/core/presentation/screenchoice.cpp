#include "core/presentation/screenchoice.h"

namespace Leda {

int chooseRoomScreen(const QList<ScreenInfo> &screens, int facilitatorScreen, const QString &rememberedKey)
{
    int largest = -1;
    for (int i = 0; i < screens.size(); ++i) {
        if (i == facilitatorScreen)
            continue;
        if (!rememberedKey.isEmpty() && screens.at(i).key() == rememberedKey)
            return i;
        const auto area = [&](int index) { return qint64(screens.at(index).size.width()) * screens.at(index).size.height(); };
        if (largest < 0 || area(i) > area(largest))
            largest = i;
    }
    return largest;
}

} // namespace Leda
