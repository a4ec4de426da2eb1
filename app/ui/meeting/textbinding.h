#pragma once

#include "core/storage/autosave.h"
#include "core/storage/saved.h"

#include <QLineEdit>
#include <QPlainTextEdit>

#include <functional>
#include <limits>

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

// As bindText, written only on the version read (readVersion, then each one written): when another
// PC saved the text meanwhile, the user sees both (ConflictDialog on what) and keeps one or both.
// An edit written after its editor is gone keeps both unasked.
void bindVersionedText(QPlainTextEdit *edit, Autosave &autosave, const QString &key, qint64 readVersion,
                       const QString &what, VersionedTextWrite write);

// A one-line field for text of the record. Qt's default keeps only 32 767 characters of a pasted
// text, silently: a record field keeps all of it.
inline QLineEdit *recordLine(const QString &text = {}, QWidget *parent = nullptr)
{
    auto *edit = new QLineEdit(parent);
    edit->setMaxLength(std::numeric_limits<int>::max());
    edit->setText(text);
    edit->setCursorPosition(0);
    return edit;
}

// A plain-text editor that grows with its text instead of scrolling inside the page.
QPlainTextEdit *makeNoteEdit(const QString &objectName, const QString &accessibleName, const QString &text,
                             const QString &placeholder = {});

} // namespace Leda
