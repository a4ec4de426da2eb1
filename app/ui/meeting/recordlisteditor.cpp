#include "ui/meeting/recordlisteditor.h"
#include "ui/widgets/layouts.h"

#include "core/storage/autosavekeys.h"
#include "core/storage/meetingstore.h"
#include "ui/meeting/textbinding.h"
#include "ui/dialogs/conflictdialog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QPointer>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

RecordListEditor::RecordListEditor(RecordKind kind, MeetingStore &store, Autosave &autosave, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_store(store)
    , m_autosave(autosave)
{
    setObjectName(u"records_"_s + RecordNames::key(kind));
    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);
    QString addText;
    switch (kind) {
    case RecordKind::Decision:
        addText = tr("Add decision");
        break;
    case RecordKind::Choice:
        addText = tr("Add choice or priority");
        break;
    case RecordKind::SoftResult:
        addText = tr("Add soft result");
        break;
    }
    auto *add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), addText, this);
    add->setObjectName(objectName() + u"_add"_s);
    connect(add, &QPushButton::clicked, this, &RecordListEditor::addNew);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

int RecordListEditor::rowCount() const
{
    return m_rows->count();
}

void RecordListEditor::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    clearLayout(m_rows);
    const QList<RecordItem> items = m_store.recordItems(meetingId);
    for (const RecordItem &item : items) {
        if (item.kind == m_kind)
            addRow(item, false);
    }
}

void RecordListEditor::addNew()
{
    RecordItem item;
    item.meetingId = m_meetingId;
    item.kind = m_kind;
    QString error;
    item.id = m_store.addRecordItem(item, &error);
    if (item.id == 0) {
        emit errorOccurred(error);
        return;
    }
    addRow(item, true);
}

void RecordListEditor::resolve(const RecordItem &mine, const RecordItem &saved, QLineEdit *text, QLineEdit *reason)
{
    QString error;
    if (saved.id == 0) { // removed on another PC meanwhile: what was typed here comes back as a new row
        RecordItem again = mine;
        again.id = 0;
        if (m_store.addRecordItem(again, &error) == 0)
            emit errorOccurred(error);
        setMeeting(m_meetingId);
        return;
    }
    QList<ConflictField> fields{{text->accessibleName(), mine.text, saved.text}};
    if (reason)
        fields.append({reason->accessibleName(), mine.reason, saved.reason});
    ConflictDialog dialog(text->accessibleName().toLower(), fields, this);
    dialog.exec();
    m_versions.insert(saved.id, saved.version);
    text->setText(ConflictDialog::resolved(fields.at(0), dialog.choice()));
    if (reason)
        reason->setText(ConflictDialog::resolved(fields.at(1), dialog.choice()));
    if (dialog.choice() != ConflictDialog::Choice::Theirs)
        emit text->textEdited(text->text()); // saved as an edit on the version there now
}

void RecordListEditor::addRow(const RecordItem &item, bool focus)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = recordLine(item.text, row);
    text->setObjectName(u"%1_text_%2"_s.arg(objectName()).arg(item.id));
    text->setAccessibleName(m_kind == RecordKind::Decision   ? tr("Decision")
                            : m_kind == RecordKind::Choice ? tr("Choice or priority")
                                                           : tr("Soft result"));
    text->setPlaceholderText(text->accessibleName());
    layout->addWidget(text, 3);
    // Both fields of a row are written together, so each row has one autosave key.
    QLineEdit *reason = nullptr;
    if (m_kind == RecordKind::Choice) {
        reason = recordLine(item.reason, row);
        reason->setObjectName(u"%1_reason_%2"_s.arg(objectName()).arg(item.id));
        reason->setAccessibleName(tr("Reason"));
        reason->setPlaceholderText(tr("Why we chose this"));
        layout->addWidget(reason, 2);
    }
    const QString key = AutosaveKey::recordItem(item.id);
    m_versions.insert(item.id, item.version);
    auto save = [this, item, text, reason, key] {
        RecordItem updated = item;
        updated.text = text->text();
        updated.reason = reason ? reason->text() : QString();
        m_autosave.queue(key, [this, updated, text = QPointer(text), reason = QPointer(reason)](QString *error) {
            // Written only on the version this page read: else the user chooses (ConflictDialog).
            RecordItem written = updated;
            written.version = m_versions.value(updated.id);
            switch (m_store.updateRecordItemIfUnchanged(&written, error)) {
            case MeetingStore::Saved::Yes:
                m_versions.insert(updated.id, written.version);
                return true;
            case MeetingStore::Saved::Conflict:
                QTimer::singleShot(0, this, [this, updated, written, text, reason] {
                    if (text) // the row is still on the page
                        resolve(updated, written, text, reason);
                });
                return true;
            case MeetingStore::Saved::Failed:
                break;
            }
            return false;
        });
    };
    connect(text, &QLineEdit::textEdited, this, save);
    if (reason)
        connect(reason, &QLineEdit::textEdited, this, save);

    auto *remove = new QToolButton(row);
    remove->setObjectName(u"%1_remove_%2"_s.arg(objectName()).arg(item.id));
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    remove->setAccessibleName(tr("Remove"));
    remove->setToolTip(tr("Remove"));
    connect(remove, &QToolButton::clicked, this, [this, row, id = item.id] {
        m_autosave.flush();
        QString error;
        if (!m_store.removeRecordItem(id, &error)) {
            emit errorOccurred(error);
            return;
        }
        row->deleteLater();
    });
    layout->addWidget(remove);
    m_rows->addWidget(row);
    if (focus) {
        row->show(); // a layout shows new children only later; focus needs them visible now
        text->setFocus();
    }
}

} // namespace Leda
