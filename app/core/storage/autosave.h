#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace Leda {

class Database;

// Every edit reaches the database within a second, without a save button: edits are queued by
// key (the latest edit of a field wins) and written together in one transaction shortly after
// the first of them. A failed save keeps the edits queued and tries again.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    enum class State { Saved, Pending, Failed };
    Q_ENUM(State)

    using Write = std::function<bool(QString *error)>;

    explicit Autosave(Database &database, QObject *parent = nullptr);
    ~Autosave() override;

    // Queues an edit; an earlier queued edit with the same key is replaced.
    void queue(const QString &key, Write write);
    // Writes everything queued now (also called on a timer, on page changes and on quit).
    bool flush();

    State state() const { return m_state; }
    // False for a read-only record: a page does not write what it would fill in by itself.
    bool acceptsEdits() const;
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_lastError; }
    int pendingCount() const { return int(m_order.size()); }

    static constexpr int kDelayMs = 300;    // after the first queued edit
    static constexpr int kRetryMs = 2000;   // after a failure

signals:
    void stateChanged(Leda::Autosave::State state);
    void saved(const QStringList &keys, const QDateTime &at);
    void saveFailed(const QString &error);
    // The record's file went away and everything was saved in a new one: message says where.
    void rescued(const QString &message);
    // On a server: the connection was lost and is made again (listeners subscribe anew).
    void reconnected();

private:
    void setState(State state);

    Database &m_database;
    QTimer m_timer;
    QHash<QString, Write> m_pending;
    QStringList m_order;
    State m_state = State::Saved;
    QDateTime m_lastSaved;
    QString m_lastError;
};

} // namespace Leda
