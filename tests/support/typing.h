#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

// Types like a user, into a widget that has the focus: å, ä and ö one key at a time
// (QTest::keyClicks asserts on them).
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
}
