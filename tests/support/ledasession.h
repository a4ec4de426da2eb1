#pragma once

// A running Leda (the main window) on a record file that outlives it, so that a test can close
// Leda and start it again.
#include "core/settings/settings.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "ui/mainwindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct LedaSession
{
    QTemporaryDir &dir;
    Leda::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Leda::Database database;
    std::unique_ptr<Leda::MainWindow> window;

    explicit LedaSession(QTemporaryDir &directory)
        : dir(directory)
    {
        QString error;
        REQUIRE(database.open(path(), &error));
        window = std::make_unique<Leda::MainWindow>(settings, database, bundledContent().course,
                                                    bundledContent().problems);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    QString path() const { return dir.filePath(QStringLiteral("leda.sqlite")); }

    template<typename T>
    T *find(const QString &name)
    {
        T *widget = window->findChild<T *>(name);
        INFO("widget " << name.toStdString());
        REQUIRE(widget);
        return widget;
    }

    bool waitSaved()
    {
        return QTest::qWaitFor([this] { return window->autosave()->state() == Leda::Autosave::State::Saved; }, 1500);
    }
};
