#include "core/storage/autosave.h"

#include "core/logging.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QSqlError>

#include <optional>

namespace Leda {

Autosave::Autosave(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::flush);
}

Autosave::~Autosave()
{
    flush(); // nothing typed is left behind when a page or the window goes away
}

bool Autosave::acceptsEdits() const
{
    return m_database.isOpen() && !m_database.isReadOnly();
}

void Autosave::queue(const QString &key, Write write)
{
    if (!m_pending.contains(key))
        m_order.append(key);
    m_pending.insert(key, std::move(write));
    setState(State::Pending);
    // Not restarted by later edits: the first queued edit is written within kDelayMs.
    if (!m_timer.isActive())
        m_timer.start(kDelayMs);
}

bool Autosave::flush()
{
    m_timer.stop();
    if (m_order.isEmpty())
        return true;
    QString error;
    bool ok = m_database.isOpen();
    // On a server, a connection lost since the last try is made again before the edits are.
    if (m_database.isServer() && m_state == State::Failed && (!ok || !m_database.isReachable())) {
        ok = m_database.reconnect(&error);
        if (ok)
            emit reconnected();
    }
    if (!ok && error.isEmpty())
        error = tr("the database is not open");
    {
        // All queued edits in one change: all saved, or none (and kept to try again).
        std::optional<Transaction> change;
        if (ok) {
            change.emplace(m_database);
            ok = change->isActive();
            if (!ok)
                error = Database::describe(m_database.connection().lastError());
        }
        for (qsizetype i = 0; ok && i < m_order.size(); ++i)
            ok = m_pending.value(m_order.at(i))(&error);
        if (ok)
            ok = change->commit(&error);
    }
    if (!ok) {
        if (m_database.isServer() && !m_database.isReachable())
            error = tr("the connection to the server %1 is lost. Leda keeps what you typed and saves it when the "
                       "server answers again")
                        .arg(m_database.path());
        m_lastError = error;
        qCWarning(lcStorage).noquote() << "Autosave failed:" << error;
        setState(State::Failed);
        emit saveFailed(error);
        m_timer.start(kRetryMs);
        return false;
    }
    const QStringList keys = m_order;
    m_order.clear();
    m_pending.clear();
    // Saved into a file that is no longer there (its folder removed, the file moved): it would be
    // lost when Leda closes it. The whole record goes to a file that is there.
    if (!m_database.isInPlace()) {
        const QString lost = m_database.path();
        QString newPath;
        QString rescueError;
        if (m_database.rescue(&newPath, &rescueError)) {
            emit rescued(tr("The record file %1 was removed or moved while Leda had it open. Everything is saved in "
                            "%2, and Leda goes on with that file.")
                             .arg(QDir::toNativeSeparators(lost), QDir::toNativeSeparators(newPath)));
        } else {
            m_lastError = rescueError;
            setState(State::Failed);
            emit saveFailed(tr("the record file %1 was removed or moved, and no new file could be written (%2). Keep "
                               "Leda open, and put the folder back or free some space")
                                .arg(QDir::toNativeSeparators(lost), rescueError));
            return false;
        }
    }
    m_lastSaved = QDateTime::currentDateTime();
    m_lastError.clear();
    setState(State::Saved);
    emit saved(keys, m_lastSaved);
    return true;
}

void Autosave::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Leda
