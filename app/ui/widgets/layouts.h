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

namespace Leda {

// Like clearLayout, for a list rebuilt from a signal of one of its own widgets (a button in the
// list that was just clicked): the widgets leave the window now and are deleted once the
// signal has returned.
inline void clearLayoutLater(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QLayout *child = item->layout())
            clearLayoutLater(child);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace Leda
