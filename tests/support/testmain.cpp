// Catch2 main for Leda's tests: offscreen Qt, QStandardPaths test mode, a private runtime dir.
// Built twice: LEDA_TEST_GUI selects a QApplication (UI tests) over a QGuiApplication (core:
// Qt Gui is part of leda_core, for fonts and PDF export; no widgets).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef LEDA_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char **argv)
{
    // Without a display QApplication aborts, catch_discover_tests then finds no tests and the
    // build still succeeds: always default to offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("LedaTests"));
    TestApplication::setApplicationName(QStringLiteral("leda-tests"));
    return Catch::Session().run(argc, argv);
}
