#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace Leda {

// One line of Hjälp › Kortkommandon: the keys as the user presses them, and what they do.
struct KeyHelp
{
    QString keys;
    QString what;

    static QString keyName(const QKeySequence &sequence) { return sequence.toString(QKeySequence::NativeText); }
};

// The keys of one place in Leda (the window's menus, the film, the room view).
struct KeyHelpGroup
{
    QString place;
    QList<KeyHelp> keys;
};

} // namespace Leda
