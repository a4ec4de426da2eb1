#pragma once

#include "core/content/contentproblem.h"
#include "core/content/module.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;

namespace Leda {

class CourseModel;
class CoursePage;
class Database;
class MessageBar;
class ModulePage;
class ProgressStore;
class Settings;

// The window around the pages: the course list and the open module. Owns no data; the
// database and settings live in main() and outlive it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Settings &settings, Database &database, const Course &course, const ContentProblems &problems,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the window when the record could not be opened; the course still works.
    void showDatabaseProblem(const QString &message);

    bool openModule(int row);
    void showCourse();

    CourseModel *courseModel() const { return m_model; }
    CoursePage *coursePage() const { return m_coursePage; }
    ModulePage *modulePage() const { return m_modulePage; }
    MessageBar *messageBar() const { return m_messageBar; }

private:
    void createMenus();
    void markWatched(const QString &moduleId);
    void recordDuration(const QString &moduleId, qint64 durationMs);
    void chooseLanguage(const QString &language);
    void refreshProgress();

    Settings &m_settings;
    Database &m_database;
    std::unique_ptr<ProgressStore> m_progress;
    CourseModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    CoursePage *m_coursePage = nullptr;
    ModulePage *m_modulePage = nullptr;
    MessageBar *m_messageBar = nullptr;
};

} // namespace Leda
