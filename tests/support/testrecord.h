#pragma once

// The record a storage or export test works on: a file in the test's folder, or — when CTest runs
// the suite against the throwaway PostgreSQL server (LEDA_TEST_ENGINE=postgresql, label
// postgresql) — a fresh database there, the same one for every open in that folder.
#include "support/serverdatabase.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

inline bool testsOnServer()
{
    return qEnvironmentVariable("LEDA_TEST_ENGINE") == QStringLiteral("postgresql");
}

inline QString testRecord(const QTemporaryDir &dir)
{
    if (!testsOnServer())
        return dir.filePath(QStringLiteral("leda.sqlite"));
    // Kept until the process ends: the whole server is thrown away after the tests.
    static auto *made = new QHash<QString, std::shared_ptr<ServerDatabase>>;
    std::shared_ptr<ServerDatabase> &database = (*made)[dir.path()];
    if (!database)
        database = std::make_shared<ServerDatabase>();
    return database->address;
}
