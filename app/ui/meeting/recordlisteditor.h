#pragma once

#include "core/meeting/record.h"

#include <QWidget>

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
    void addRow(const RecordItem &item, bool focus);
    void addNew();

    RecordKind m_kind;
    MeetingStore &m_store;
    Autosave &m_autosave;
    qint64 m_meetingId = 0;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace Leda
