#pragma once

#include "core/storage/autosave.h"

#include <QLineEdit>
#include <QPlainTextEdit>

#include <functional>

namespace Leda {

// Connects an editor to autosave: every change queues a write of the current text under key.
using TextWrite = std::function<bool(const QString &text, QString *error)>;

inline void bindText(QLineEdit *edit, Autosave &autosave, const QString &key, TextWrite write)
{
    QObject::connect(edit, &QLineEdit::textEdited, edit, [&autosave, key, write](const QString &text) {
        autosave.queue(key, [write, text](QString *error) { return write(text, error); });
    });
}

inline void bindText(QPlainTextEdit *edit, Autosave &autosave, const QString &key, TextWrite write)
{
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, &autosave, key, write] {
        const QString text = edit->toPlainText();
        autosave.queue(key, [write, text](QString *error) { return write(text, error); });
    });
}

// A plain-text editor that grows with its text instead of scrolling inside the page.
QPlainTextEdit *makeNoteEdit(const QString &objectName, const QString &accessibleName, const QString &text,
                             const QString &placeholder = {});

} // namespace Leda
