#include "ui/meeting/textbinding.h"

#include "ui/dialogs/conflictdialog.h"

#include <QPointer>
#include <QTextDocument>
#include <QTimer>

#include <memory>

namespace Leda {

QPlainTextEdit *makeNoteEdit(const QString &objectName, const QString &accessibleName, const QString &text,
                             const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setPlainText(text);
    const auto fit = [edit] {
        const int lines = qMax(2, int(edit->document()->size().height()) + 1);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    };
    QObject::connect(edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, edit, fit);
    fit();
    return edit;
}

void bindVersionedText(QPlainTextEdit *edit, Autosave &autosave, const QString &key, qint64 readVersion,
                       const QString &what, VersionedTextWrite write)
{
    auto version = std::make_shared<qint64>(readVersion);
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, &autosave, key, what, write, version] {
        const QString mine = edit->toPlainText();
        autosave.queue(key, [edit = QPointer(edit), what, write, version, mine](QString *error) {
            QString text = mine;
            qint64 at = *version;
            const Saved saved = edit ? write(&text, &at, error) : writeKeepingBoth(write, &text, &at, error);
            if (saved == Saved::Yes)
                *version = at;
            if (saved != Saved::Conflict)
                return saved == Saved::Yes;
            // Asked once this save is over; nothing is retried.
            QTimer::singleShot(0, edit, [edit, what, version, mine, saved = text, at] {
                if (!edit)
                    return;
                const ConflictField field{edit->accessibleName(), mine, saved};
                ConflictDialog dialog(what, {field}, edit->window());
                dialog.exec();
                *version = at;
                {
                    const QSignalBlocker quiet(edit);
                    edit->setPlainText(ConflictDialog::resolved(field, dialog.choice()));
                }
                if (dialog.choice() != ConflictDialog::Choice::Theirs)
                    emit edit->textChanged(); // saved as an edit on the version there now
            });
            return true;
        });
    });
}

} // namespace Leda
