#pragma once

#include "core/meeting/record.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace Leda {

class Autosave;
class MeetingStore;

// Decisions, choices and priorities (with their reason) or soft results of one meeting, as an
// editable list. Adding a row stores it at once; typing is autosaved.
class RecordListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListEditor)

public:
    RecordListEditor(RecordKind kind, MeetingStore &store, Autosave &autosave, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    int rowCount() const;

signals:
    void errorOccurred(const QString &message);

private:
    // Another PC saved the row meanwhile: the user chooses what stays.
    void resolve(const RecordItem &mine, const RecordItem &saved, QLineEdit *text, QLineEdit *reason);
    void addRow(const RecordItem &item, bool focus);
    void addNew();

    RecordKind m_kind;
    MeetingStore &m_store;
    Autosave &m_autosave;
    qint64 m_meetingId = 0;
    QHash<qint64, qint64> m_versions; // row id → the version read or saved here
    QVBoxLayout *m_rows = nullptr;
};

} // namespace Leda
