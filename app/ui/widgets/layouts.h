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

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Leda {

// A record that cannot be written (a read-only file) is shown read-only: its text can be read,
// selected and copied, but no field takes an edit that could never be saved. Widgets marked with
// markReadOnlySafe (going back, filters, copying the invitation) keep working.
inline void markReadOnlySafe(QWidget *widget)
{
    widget->setProperty("ledaReadOnlySafe", true);
}

inline void setRecordReadOnly(QWidget *area, bool readOnly)
{
    const auto safe = [area](QWidget *widget) {
        for (QWidget *w = widget; w && w != area->parentWidget(); w = w->parentWidget()) {
            if (w->property("ledaReadOnlySafe").toBool())
                return true;
        }
        return false;
    };
    for (auto *edit : area->findChildren<QLineEdit *>()) {
        if (!safe(edit))
            edit->setReadOnly(readOnly);
    }
    for (auto *edit : area->findChildren<QPlainTextEdit *>()) {
        if (!safe(edit))
            edit->setReadOnly(readOnly);
    }
    for (auto *spin : area->findChildren<QAbstractSpinBox *>()) {
        if (!safe(spin))
            spin->setReadOnly(readOnly);
    }
    // Disabled while read-only and given back their own state after: a button disabled for a
    // reason of its own (a member who cannot be removed) stays disabled.
    const auto disable = [readOnly](QWidget *widget) {
        if (readOnly && !widget->property("ledaReadOnlyDisabled").toBool()) {
            widget->setProperty("ledaReadOnlyDisabled", true);
            widget->setProperty("ledaEnabledBefore", widget->isEnabled());
            widget->setEnabled(false);
        } else if (!readOnly && widget->property("ledaReadOnlyDisabled").toBool()) {
            widget->setProperty("ledaReadOnlyDisabled", false);
            widget->setEnabled(widget->property("ledaEnabledBefore").toBool());
        }
    };
    for (auto *combo : area->findChildren<QComboBox *>()) {
        if (!safe(combo))
            disable(combo);
    }
    for (auto *button : area->findChildren<QAbstractButton *>()) {
        if (!safe(button))
            disable(button);
    }
}

} // namespace Leda
