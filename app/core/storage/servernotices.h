#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>

namespace Leda {

class Database;

// What another PC changed on the server: a table, and the id that tells which group, meeting or
// measure it belongs to ("record_items", "meeting_id", 12). Never the text itself.
struct RecordChange
{
    QString table;
    QString key; // "id" (of a group or meeting), "group_id", "meeting_id" or "measure_id"
    qint64 id = 0;

    bool concernsMeeting(qint64 meetingId) const
    {
        return id == meetingId && (key == QLatin1String("meeting_id") || (table == QLatin1String("meetings")));
    }
    static RecordChange parse(const QString &payload); // table empty when it is not one
};

// Listens on a server for the changes other connections make (PostgreSQL's LISTEN/NOTIFY on
// leda_changes); on a file it does nothing. The notices arrive through the event loop.
class ServerNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerNotices)

public:
    explicit ServerNotices(Database &database, QObject *parent = nullptr);
    ~ServerNotices() override;

    bool isListening() const { return m_listening; }

signals:
    void changed(const Leda::RecordChange &change); // by another connection, not this one

private:
    QPointer<QSqlDriver> m_driver; // the connection listened on (gone when the record is closed)
    bool m_listening = false;
};

} // namespace Leda

Q_DECLARE_METATYPE(Leda::RecordChange)
