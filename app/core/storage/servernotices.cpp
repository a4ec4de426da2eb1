#include "core/storage/servernotices.h"

#include "core/logging.h"
#include "core/storage/database.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {
const auto kChannel = u"leda_changes"_s;
}

RecordChange RecordChange::parse(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    bool number = false;
    const qint64 id = parts.value(2).toLongLong(&number);
    if (parts.size() != 3 || !number)
        return {};
    return {parts.at(0), parts.at(1), id};
}

ServerNotices::ServerNotices(Database &database, QObject *parent)
    : QObject(parent)
{
    if (!database.isServer() || !database.isOpen())
        return;
    QSqlDriver *driver = database.connection().driver();
    m_driver = driver;
    m_listening = driver->subscribeToNotification(kChannel);
    if (!m_listening) {
        qCWarning(lcStorage) << "Cannot listen for changes on" << database.path();
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != kChannel || source == QSqlDriver::SelfSource)
                    return; // this PC's own changes are on screen already
                const RecordChange change = RecordChange::parse(payload.toString());
                if (!change.table.isEmpty())
                    emit changed(change);
            });
}

ServerNotices::~ServerNotices()
{
    if (m_listening && m_driver)
        m_driver->unsubscribeFromNotification(kChannel);
}

} // namespace Leda
