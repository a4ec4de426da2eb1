#pragma once

#include "core/content/contentproblem.h"
#include "core/content/module.h"
#include "ui/help/keyhelp.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;

class QComboBox;
class QStackedWidget;

namespace Leda {

class Autosave;
class CourseModel;
class CoursePage;
class Database;
class GroupPage;
class GuideWindow;
class ShortcutsDialog;
class WelcomePage;
class GroupStore;
class MeasureStore;
class MeasuresPage;
class MeetingPage;
class MeetingStore;
class MeetingsPage;
class MessageBar;
class ModulePage;
class NextStepStore;
class PreparationPage;
class Presentation;
class SeriesPlanPage;
class AllStepsPage;
class PreparationStore;
class ProgressStore;
class SearchStore;
class ServerNotices;
struct RecordChange;
class Settings;

// The window around the pages: the course, a module, the group's meetings, one meeting, the
// group. The database and settings live in main() and outlive it; the stores are its own.
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
    void showMeetings();
    bool openMeeting(qint64 meetingId);
    qint64 newMeeting();                      // for the current group; 0 on failure
    qint64 newGroup(const QString &name);     // 0 on failure
    bool selectGroup(qint64 groupId);
    qint64 currentGroupId() const;
    // File › Open and New. creating: chosen as a new record file (a missing file is expected).
    bool openDatabase(const QString &path, bool creating = false);
    // What to ask before a path becomes a new record (empty: nothing to ask).
    static QString newRecordQuestion(const QString &path, bool creating);
    bool restoreBackup(const QString &backupPath);
    // A record on a network share: asks whether to copy it to this computer and go on there
    // (true when it did), else says the risk in the message bar.
    bool offerLocalCopy();
    void exportMinutes(); // the open meeting, or the group's latest
    void exportReport();
    void exportGroup();
    void importGroup();
    void printMinutes();
    // Runs the meeting in the room (full screen; with a second screen a facilitator view too).
    Presentation *presentMeeting(qint64 meetingId);

    CourseModel *courseModel() const { return m_model; }
    CoursePage *coursePage() const { return m_coursePage; }
    ModulePage *modulePage() const { return m_modulePage; }
    MeetingsPage *meetingsPage() const { return m_meetingsPage; }
    MeetingPage *meetingPage() const { return m_meetingPage; }
    PreparationPage *preparationPage() const { return m_preparationPage; }
    SeriesPlanPage *seriesPlanPage() const { return m_seriesPlanPage; }
    void showSeriesPlan();
    AllStepsPage *allStepsPage() const { return m_allStepsPage; }
    void showAllSteps();
    MeasuresPage *measuresPage() const { return m_measuresPage; }
    void showMeasures();
    WelcomePage *welcomePage() const { return m_welcomePage; }
    void showWelcome(); // the first steps; where Leda starts while there is no group
    // Hjälp › Handledning (F1): at section, or at the one on the page shown.
    GuideWindow *openGuide(const QString &section = {});
    QString guideSection(const QWidget *page) const;
    ShortcutsDialog *showShortcuts(); // Hjälp › Kortkommandon
    QWidget *currentPage() const;
    MessageBar *messageBar() const { return m_messageBar; }
    Autosave *autosave() const { return m_autosave.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void markWatched(const QString &moduleId);
    void recordDuration(const QString &moduleId, qint64 durationMs);
    void chooseLanguage(const QString &language);
    void refreshProgress();
    void reloadGroups(qint64 selectGroupId);
    void backUp(const QString &reason); // when the record has changed since the last backup
    void afterDatabaseChanged();
    void applyAccess(QWidget *page); // read-only pages for a read-only record
    void showError(const QString &message);
    qint64 exportableMeeting();
    qint64 askNewGroup(); // asks for the name; the new group's id, 0 when none was made
    QList<KeyHelp> menuKeyHelp() const;
    void listenForRemoteChanges(); // on the record's connection now (nothing on a file)
    void noteRemoteChange(const RecordChange &change);
    void showRemoteChanges(); // what other PCs changed on the server

    Settings &m_settings;
    Database &m_database;
    Course m_course;
    std::unique_ptr<Autosave> m_autosave;
    std::unique_ptr<ProgressStore> m_progress;
    std::unique_ptr<GroupStore> m_groups;
    std::unique_ptr<MeetingStore> m_meetings;
    std::unique_ptr<NextStepStore> m_nextSteps;
    std::unique_ptr<SearchStore> m_search;
    std::unique_ptr<PreparationStore> m_preparation;
    std::unique_ptr<MeasureStore> m_measures;
    std::unique_ptr<Presentation> m_presentation;
    std::unique_ptr<ServerNotices> m_notices;
    QSet<qint64> m_changedMeetings; // by other PCs, not shown yet
    QTimer m_remoteChange;
    CourseModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    CoursePage *m_coursePage = nullptr;
    ModulePage *m_modulePage = nullptr;
    MeetingsPage *m_meetingsPage = nullptr;
    MeetingPage *m_meetingPage = nullptr;
    GroupPage *m_groupPage = nullptr;
    PreparationPage *m_preparationPage = nullptr;
    SeriesPlanPage *m_seriesPlanPage = nullptr;
    AllStepsPage *m_allStepsPage = nullptr;
    MeasuresPage *m_measuresPage = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QPointer<GuideWindow> m_guide;
    QAction *m_newGroupAction = nullptr;
    MessageBar *m_messageBar = nullptr;
    QComboBox *m_groupSelector = nullptr;
};

} // namespace Leda
