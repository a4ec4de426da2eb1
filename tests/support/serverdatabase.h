#pragma once

// A fresh, empty database on the tests' throwaway PostgreSQL server (tests/support/pg_cluster.sh,
// started by CTest, its address in the file LEDA_TEST_POSTGRES names), dropped afterwards.
#include "support/catchqt.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <cstdlib>
#include <unistd.h>

struct ServerDatabase
{
    QString server;  // the server's own database (postgres), for making and dropping others
    QString name;    // this test's database
    QString address; // postgresql:///<name>?host=…, what Leda is given

    ServerDatabase()
    {
        QFile file(qEnvironmentVariable("LEDA_TEST_POSTGRES"));
        INFO("LEDA_TEST_POSTGRES names the file with the test server's address (CTest sets it)");
        REQUIRE(file.open(QIODevice::ReadOnly));
        server = QString::fromUtf8(file.readAll()).trimmed();
        name = QStringLiteral("leda_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        REQUIRE(admin(QStringLiteral("CREATE DATABASE %1").arg(name)));
        QUrl url(server);
        url.setPath(u'/' + name);
        address = url.toString();
    }
    ~ServerDatabase() { admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // IT's set-up: the role leda_users for everyone who uses Leda, and a login role in it for each
    // people (roles are the server's, shared by every test database).
    bool addUsers(const QStringList &people) const
    {
        bool done = admin(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                         "'leda_users') THEN CREATE ROLE leda_users NOLOGIN; END IF; END $$"));
        for (const QString &role : people) {
            done = done
                && admin(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                        "CREATE ROLE %1 LOGIN IN ROLE leda_users; END IF; END $$")
                             .arg(role));
        }
        return done;
    }

    // Runs sql on the server's own database, outside Leda.
    bool admin(const QString &sql) const { return run(server, sql); }
    // Runs sql in this test's database, outside Leda (as another program or a person would).
    bool inDatabase(const QString &sql) const { return run(address, sql); }
    // Runs sql in this test's database as role, with plain SQL: the rows it returned or changed,
    // -1 when the server refused it.
    int rowsAs(const QString &role, const QString &sql) const
    {
        int rows = -1;
        run(addressAs(role), sql, &rows);
        return rows;
    }
    // This test's database over TLS on 127.0.0.1 by the name "localhost" (sslmode=verify-full, the
    // tests' own CA: see pg_cluster.sh), as role ("leda" unless named).
    QUrl tlsAddress(const QString &role = QStringLiteral("leda")) const
    {
        QFile file(qEnvironmentVariable("LEDA_TEST_POSTGRES") + QStringLiteral(".tls"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QUrl url(QString::fromUtf8(file.readAll()).trimmed());
        url.setPath(u'/' + name);
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("user"));
        url.setQuery(query);
        url.setUserName(role);
        return url;
    }

    // The address Leda is given to connect as role.
    QString addressAs(const QString &role) const
    {
        QUrl url(address);
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), role);
        url.setQuery(query);
        return url.toString();
    }

    // The test server stopped (as when the network goes) and started again on the same address.
    static bool stopServer() { return control(QStringLiteral("stop -m fast")); }
    static bool startServer() { return control(QStringLiteral("start")); }

private:
    static bool control(const QString &action)
    {
        const QString addressFile = qEnvironmentVariable("LEDA_TEST_POSTGRES");
        QFile folderFile(addressFile + QStringLiteral(".folder"));
        QFile address(addressFile);
        if (!folderFile.open(QIODevice::ReadOnly) || !address.open(QIODevice::ReadOnly))
            return false;
        const QString folder = QString::fromUtf8(folderFile.readAll()).trimmed();
        const QUrlQuery query{QUrl(QString::fromUtf8(address.readAll()).trimmed())};
        const QString pgCtl = QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl -D %1/data -l %1/server.log -w "
                                             "-o \"-p %2 -k %1\" %3") // the rest is in its postgresql.conf
                                  .arg(folder, query.queryItemValue(QStringLiteral("port")), action);
        const QString command = geteuid() == 0 ? QStringLiteral("runuser -u postgres -- ") + pgCtl : pgCtl;
        return std::system(command.toLocal8Bit().constData()) == 0;
    }

    static bool run(const QString &address, const QString &sql, int *rows = nullptr)
    {
        const QString connection = QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            const QUrl url(address);
            db.setDatabaseName(url.path().mid(1));
            const QUrlQuery query(url);
            db.setHostName(query.queryItemValue(QStringLiteral("host")));
            db.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
            db.setUserName(query.queryItemValue(QStringLiteral("user")));
            if (db.open()) {
                QSqlQuery statement(db);
                ok = statement.exec(sql);
                if (!ok)
                    WARN(sql.toStdString() << ": " << statement.lastError().text().toStdString());
                else if (rows)
                    *rows = statement.isSelect() ? (statement.last() ? statement.at() + 1 : 0)
                                                 : statement.numRowsAffected();
            } else {
                WARN(db.lastError().text().toStdString());
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }
};
