#pragma once

#include <QLayout>
#include <QWidget>

namespace Leda {

// Empties a layout, deleting its widgets and nested layouts (pages rebuilt for another meeting
// or module).
inline void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QLayout *child = item->layout())
            clearLayout(child);
        delete item->widget();
        delete item; // for a nested layout the item is the layout itself
    }
}

} // namespace Leda
