#include "ui/meeting/textbinding.h"

#include <QTextDocument>

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

} // namespace Leda
