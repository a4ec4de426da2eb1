#include "ui/meeting/recordlisteditor.h"
#include "ui/widgets/layouts.h"

#include "core/storage/autosavekeys.h"
#include "core/storage/meetingstore.h"
#include "ui/meeting/textbinding.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
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
    auto save = [this, item, text, reason, key] {
        RecordItem updated = item;
        updated.text = text->text();
        updated.reason = reason ? reason->text() : QString();
        m_autosave.queue(key, [this, updated](QString *error) { return m_store.updateRecordItem(updated, error); });
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
