#include "ui/mainwindow.h"

#include "ui/widgets/layouts.h"

#include "core/content/coursemodel.h"
#include "core/export/documentbuilder.h"
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/package/grouppackage.h"
#include "core/settings/settings.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"
#include "core/storage/progressstore.h"
#include "core/storage/searchstore.h"
#include "core/storage/servernotices.h"
#include "ui/course/coursepage.h"
#include "ui/course/modulepage.h"
#include "ui/dialogs/backupdialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/filedialogs.h"
#include "ui/dialogs/importgroupdialog.h"
#include "ui/group/grouppage.h"
#include "ui/help/guidewindow.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/welcomepage.h"
#include "ui/meeting/allstepspage.h"
#include "ui/measures/measurespage.h"
#include "core/storage/measurestore.h"
#include "ui/meeting/meetingpage.h"
#include "ui/meeting/meetingspage.h"
#include "ui/meeting/preparationpage.h"
#include "ui/meeting/seriesplanpage.h"
#include "ui/player/filmplayer.h"
#include "ui/presentation/presentation.h"
#include "ui/widgets/contrast.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/savestatelabel.h"
#include "ui/widgets/wheelguard.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Leda {

MainWindow::MainWindow(Settings &settings, Database &database, const Course &course, const ContentProblems &problems,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_database(database)
    , m_course(course)
    , m_autosave(std::make_unique<Autosave>(database))
    , m_progress(std::make_unique<ProgressStore>(database))
    , m_groups(std::make_unique<GroupStore>(database))
    , m_meetings(std::make_unique<MeetingStore>(database))
    , m_nextSteps(std::make_unique<NextStepStore>(database))
    , m_search(std::make_unique<SearchStore>(database))
    , m_preparation(std::make_unique<PreparationStore>(database))
    , m_measures(std::make_unique<MeasureStore>(database))
{
    setObjectName(u"mainWindow"_s);
    qApp->installEventFilter(new WheelGuard(this));
    setWindowTitle(tr("Leda – leading improvement together"));
    // 1280x800, or the whole screen when it is smaller (a laptop at 200 %).
    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));

    m_model = new CourseModel(this);
    m_model->setCourse(m_course);

    m_messageBar = new MessageBar(this);
    m_coursePage = new CoursePage(*m_model, this);
    m_coursePage->showProblems(problems);
    m_modulePage = new ModulePage(m_settings, this);
    m_meetingsPage = new MeetingsPage(*m_meetings, *m_search, m_course, this);
    m_meetingPage = new MeetingPage({*m_groups, *m_meetings, *m_nextSteps, *m_measures, *m_autosave}, m_course, this);
    m_groupPage = new GroupPage(*m_groups, *m_nextSteps, *m_autosave, this);
    m_preparationPage = new PreparationPage(*m_preparation, *m_meetings, *m_groups, *m_measures, *m_autosave, m_course, this);
    m_seriesPlanPage = new SeriesPlanPage(*m_preparation, *m_meetings, *m_groups, *m_autosave, m_settings, m_course, this);
    m_allStepsPage = new AllStepsPage(*m_nextSteps, *m_meetings, *m_groups, *m_autosave, this);
    m_measuresPage = new MeasuresPage(*m_measures, *m_groups, m_database, *m_autosave, this);
    m_welcomePage = new WelcomePage(this);
    m_pages = new QStackedWidget(this);
    for (QWidget *page : {static_cast<QWidget *>(m_coursePage), static_cast<QWidget *>(m_modulePage),
                          static_cast<QWidget *>(m_meetingsPage), static_cast<QWidget *>(m_meetingPage),
                          static_cast<QWidget *>(m_groupPage), static_cast<QWidget *>(m_preparationPage),
                          static_cast<QWidget *>(m_seriesPlanPage), static_cast<QWidget *>(m_allStepsPage),
                          static_cast<QWidget *>(m_measuresPage), static_cast<QWidget *>(m_welcomePage)})
        m_pages->addWidget(page);
    // A read-only record: every page that edits it is read-only when shown (the meeting page and
    // the course's own pages handle it themselves).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { applyAccess(m_pages->currentWidget()); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(new SaveStateLabel(*m_autosave, this));

    connect(m_coursePage, &CoursePage::openModuleRequested, this, &MainWindow::openModule);
    connect(m_modulePage, &ModulePage::backRequested, this, &MainWindow::showCourse);
    connect(m_modulePage, &ModulePage::filmWatched, this, &MainWindow::markWatched);
    connect(m_modulePage, &ModulePage::filmDurationKnown, this, &MainWindow::recordDuration);
    connect(m_meetingsPage, &MeetingsPage::openMeetingRequested, this, &MainWindow::openMeeting);
    connect(m_meetingsPage, &MeetingsPage::newMeetingRequested, this, &MainWindow::newMeeting);
    connect(m_meetingsPage, &MeetingsPage::editGroupRequested, this, [this] {
        m_groupPage->setGroup(currentGroupId());
        m_pages->setCurrentWidget(m_groupPage);
    });
    connect(m_meetingPage, &MeetingPage::backRequested, this, &MainWindow::showMeetings);
    connect(m_meetingPage, &MeetingPage::exportRequested, this, &MainWindow::exportMinutes);
    connect(m_meetingPage, &MeetingPage::preparationRequested, this, [this] {
        m_preparationPage->setMeeting(m_meetingPage->meetingId());
        m_pages->setCurrentWidget(m_preparationPage);
    });
    connect(m_meetingPage, &MeetingPage::presentationRequested, this,
            [this] { presentMeeting(m_meetingPage->meetingId()); });
    connect(m_preparationPage, &PreparationPage::backRequested, this,
            [this] { openMeeting(m_meetingPage->meetingId()); });
    connect(m_preparationPage, &PreparationPage::errorOccurred, this, &MainWindow::showError);
    connect(m_preparationPage, &PreparationPage::presentationRequested, this,
            [this] { presentMeeting(m_meetingPage->meetingId()); });
    connect(m_meetingsPage, &MeetingsPage::seriesPlanRequested, this, &MainWindow::showSeriesPlan);
    connect(m_seriesPlanPage, &SeriesPlanPage::backRequested, this, &MainWindow::showMeetings);
    connect(m_seriesPlanPage, &SeriesPlanPage::errorOccurred, this, &MainWindow::showError);
    connect(m_meetingsPage, &MeetingsPage::allStepsRequested, this, &MainWindow::showAllSteps);
    connect(m_allStepsPage, &AllStepsPage::backRequested, this, &MainWindow::showMeetings);
    connect(m_allStepsPage, &AllStepsPage::meetingRequested, this, &MainWindow::openMeeting);
    connect(m_allStepsPage, &AllStepsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_meetingsPage, &MeetingsPage::measuresRequested, this, &MainWindow::showMeasures);
    connect(m_measuresPage, &MeasuresPage::backRequested, this, &MainWindow::showMeetings);
    connect(m_measuresPage, &MeasuresPage::errorOccurred, this, &MainWindow::showError);
    connect(m_meetingPage, &MeetingPage::printRequested, this, &MainWindow::printMinutes);
    connect(m_meetingsPage, &MeetingsPage::reportRequested, this, &MainWindow::exportReport);
    connect(m_meetingPage, &MeetingPage::errorOccurred, this, &MainWindow::showError);
    connect(m_groupPage, &GroupPage::backRequested, this, &MainWindow::showMeetings);
    connect(m_groupPage, &GroupPage::errorOccurred, this, &MainWindow::showError);
    connect(m_groupPage, &GroupPage::groupRenamed, this, [this] {
        m_autosave->flush();
        reloadGroups(currentGroupId());
    });
    connect(m_welcomePage, &WelcomePage::createGroupRequested, this, [this] {
        if (askNewGroup() != 0)
            m_pages->setCurrentWidget(m_groupPage);
    });
    connect(m_welcomePage, &WelcomePage::planSeriesRequested, this, [this] {
        if (currentGroupId() != 0 || askNewGroup() != 0)
            showSeriesPlan();
    });
    connect(m_welcomePage, &WelcomePage::prepareMeetingRequested, this, [this] {
        if (currentGroupId() == 0 && askNewGroup() == 0)
            return;
        const QList<Meeting> meetings = m_meetings->meetings(currentGroupId());
        const qint64 meeting = meetings.isEmpty() ? newMeeting() : meetings.first().id;
        if (meeting == 0 || !openMeeting(meeting))
            return;
        m_preparationPage->setMeeting(meeting);
        m_pages->setCurrentWidget(m_preparationPage);
    });
    connect(m_welcomePage, &WelcomePage::courseRequested, this, &MainWindow::showCourse);
    connect(m_welcomePage, &WelcomePage::guideRequested, this, [this] { openGuide(); });
    connect(m_welcomePage, &WelcomePage::importGroupRequested, this, &MainWindow::importGroup);
    connect(m_autosave.get(), &Autosave::reconnected, this, [this] {
        listenForRemoteChanges(); // on the new connection
        m_messageBar->showMessage(tr("The connection to the server is back, and everything you typed is saved."),
                                  MessageBar::Kind::Information);
    });
    connect(m_autosave.get(), &Autosave::rescued, this, [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Kind::Error); // the user should know where the file is now
    });
    connect(m_autosave.get(), &Autosave::saveFailed, this, [this](const QString &error) {
        m_messageBar->showMessage(tr("What you typed could not be saved yet: %1. Leda keeps it and tries again.")
                                      .arg(error),
                                  MessageBar::Kind::Error);
    });

    m_remoteChange.setSingleShot(true);
    m_remoteChange.setInterval(200);
    connect(&m_remoteChange, &QTimer::timeout, this, &MainWindow::showRemoteChanges);
    createMenus();
    createToolBar();
    if (m_settings.highContrast())
        Contrast::apply(this, true);
    afterDatabaseChanged();
    m_coursePage->table()->setFocus();
    if (currentGroupId() == 0) // the very first start: say what to do first
        showWelcome();
    // A backup of what changed since the last one: once the window is up (work of a session that
    // ended without one), every day while Leda stays open, and when it closes.
    QTimer::singleShot(0, this, [this] { backUp(u"start"_s); });
    auto *daily = new QTimer(this);
    daily->setInterval(24 * 60 * 60 * 1000);
    connect(daily, &QTimer::timeout, this, [this] { backUp(u"daily"_s); });
    daily->start();
}

MainWindow::~MainWindow()
{
    m_notices.reset();
    // Pages first, while the stores and the autosave they use still exist; then the autosave,
    // whose last flush still needs the stores.
    m_presentation.reset();
    m_autosave->flush();
    m_autosave->disconnect(this); // its messages have nowhere to go once the pages are gone
    delete takeCentralWidget();
    m_autosave.reset();
}

Presentation *MainWindow::presentMeeting(qint64 meetingId)
{
    if ((m_presentation && m_presentation->isRunning()) || meetingId <= 0)
        return m_presentation.get();
    m_autosave->flush();
    m_presentation = std::make_unique<Presentation>(
        PresentationSession::Stores{*m_groups, *m_meetings, *m_nextSteps, *m_preparation, *m_measures, *m_autosave}, m_course,
        m_settings, meetingId);
    connect(&m_presentation->session(), &PresentationSession::errorOccurred, this, &MainWindow::showError);
    connect(m_presentation.get(), &Presentation::finished, this, [this, meetingId] {
        // Back to the meeting's record, with everything said in the room; the presentation is
        // deleted once the key press that ended it has been handled.
        openMeeting(meetingId);
        activateWindow();
        QTimer::singleShot(0, this, [this, ended = m_presentation.get()] {
            if (m_presentation.get() == ended) // not already replaced by the next meeting's
                m_presentation.reset();
        });
    });
    m_presentation->start(screen());
    return m_presentation.get();
}

void MainWindow::showAllSteps()
{
    const qint64 group = currentGroupId();
    if (group == 0)
        return;
    m_allStepsPage->setGroup(group);
    m_pages->setCurrentWidget(m_allStepsPage);
}

void MainWindow::showMeasures()
{
    const qint64 group = currentGroupId();
    if (group == 0)
        return;
    m_measuresPage->setGroup(group);
    m_pages->setCurrentWidget(m_measuresPage);
}

void MainWindow::showSeriesPlan()
{
    const qint64 group = currentGroupId();
    if (group == 0)
        return;
    m_seriesPlanPage->setGroup(group);
    m_pages->setCurrentWidget(m_seriesPlanPage);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_autosave->flush()) {
        const auto answer = QMessageBox::warning(
            this, tr("Not everything is saved"),
            tr("Leda could not save the latest changes: %1\n\nQuit anyway and lose them?").arg(m_autosave->lastError()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    m_presentation.reset(); // its windows close with Leda's
    backUp(u"on-close"_s);
    event->accept();
}

void MainWindow::backUp(const QString &reason)
{
    m_autosave->flush();
    QString error;
    if (!m_database.backupIfChanged(reason, &error))
        m_messageBar->showMessage(error, MessageBar::Kind::Warning);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Reachable from the keyboard too (the toolbar is outside the Tab chain): a new user starts here.
    m_newGroupAction = file->addAction(tr("New &group…"), this, [this] {
        if (askNewGroup() != 0)
            m_pages->setCurrentWidget(m_groupPage);
    });
    m_newGroupAction->setObjectName(u"newGroupAction"_s);
    m_newGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    file->addSeparator();
    QAction *newFile = file->addAction(tr("&New record file…"), this, [this] {
        const QString path = FileDialogs::saveFileName(this, tr("New record file"), QDir::homePath() + u"/leda.sqlite"_s,
                                                          tr("Leda records (*.sqlite)"));
        if (!path.isEmpty())
            openDatabase(path, true);
    });
    newFile->setObjectName(u"newDatabaseAction"_s);
    QAction *open = file->addAction(tr("&Open record file…"), this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Open record file"), QFileInfo(m_database.path()).absolutePath(),
                                                          tr("Leda records (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    open->setObjectName(u"openDatabaseAction"_s);
    open->setShortcut(QKeySequence::Open);
    QAction *connectServer = file->addAction(tr("&Connect to the region's server…"), this, [this] {
        bool ok = false;
        const QString address =
            QInputDialog::getText(this, tr("Connect to the region's server"),
                                  tr("The server's address, as IT gave it (postgresql://server/database or "
                                     "service=name). The password comes from your .pgpass or service file."),
                                  QLineEdit::Normal, m_database.isServer() ? m_database.path() : QString(), &ok)
                .trimmed();
        if (!ok || address.isEmpty())
            return;
        if (!Database::isServerAddress(address)) {
            showError(tr("“%1” is not a server address. It starts with postgresql:// or service=.").arg(address));
            return;
        }
        openDatabase(address);
    });
    connectServer->setObjectName(u"connectServerAction"_s);
    QAction *restore = file->addAction(tr("&Restore from backup…"), this, [this] {
        BackupDialog dialog(m_database.path(), this);
        if (dialog.exec() == QDialog::Accepted)
            restoreBackup(dialog.chosenBackup());
    });
    restore->setObjectName(u"restoreBackupAction"_s);
    file->addSeparator();
    // A group's record carried to another computer (or server) and back, as one file.
    QAction *exportGroup = file->addAction(tr("E&xport group…"), this, &MainWindow::exportGroup);
    exportGroup->setObjectName(u"exportGroupAction"_s);
    QAction *importGroup = file->addAction(tr("&Import group…"), this, &MainWindow::importGroup);
    importGroup->setObjectName(u"importGroupAction"_s);
    file->addSeparator();
    QAction *exportMinutes = file->addAction(tr("Export the &minutes…"), this, &MainWindow::exportMinutes);
    exportMinutes->setObjectName(u"exportMinutesAction"_s);
    QAction *exportReport = file->addAction(tr("Export the course &report…"), this, &MainWindow::exportReport);
    exportReport->setObjectName(u"exportReportAction"_s);
    QAction *print = file->addAction(tr("&Print the minutes…"), this, &MainWindow::printMinutes);
    print->setObjectName(u"printAction"_s);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *course = view->addAction(tr("&Course"), this, &MainWindow::showCourse);
    course->setObjectName(u"showCourseAction"_s);
    QAction *meetings = view->addAction(tr("&Meetings"), this, &MainWindow::showMeetings);
    QAction *allSteps = view->addAction(tr("All &next steps"), this, &MainWindow::showAllSteps);
    allSteps->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *measures = view->addAction(tr("Mea&sures"), this, &MainWindow::showMeasures);
    measures->setObjectName(u"showMeasuresAction"_s);
    measures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    meetings->setObjectName(u"showMeetingsAction"_s);
    view->addSeparator();
    QAction *contrast = view->addAction(tr("&High contrast"), this, [this](bool on) {
        m_settings.setHighContrast(on);
        Contrast::apply(this, on);
    });
    contrast->setObjectName(u"highContrastAction"_s);
    contrast->setCheckable(true);
    contrast->setChecked(m_settings.highContrast());
    QMenu *languageMenu = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices{{u"sv"_s, u"Svenska"_s}, {u"en"_s, u"English"_s}};
    for (const auto &[code, name] : choices) {
        QAction *action = languageMenu->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        action->setObjectName(u"language_"_s + code);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        languages->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide"), this, [this] { openGuide(); });
    guide->setObjectName(u"guideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    QAction *welcome = help->addAction(tr("&Getting started"), this, &MainWindow::showWelcome);
    welcome->setObjectName(u"welcomeAction"_s);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Leda"), this, [this] {
        QMessageBox::about(this, tr("About Leda"),
                           tr("<p><b>Leda %1</b></p><p>A course on leading improvement work in healthcare, for "
                              "leadership groups that learn together.</p><p>Leda works offline. The group's record is "
                              "kept in %2.</p><p>Licence: EUPL-1.2.</p>")
                               .arg(QApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
    });
    about->setObjectName(u"aboutAction"_s);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(u"navigationBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *course = bar->addAction(tr("Course"), this, &MainWindow::showCourse);
    course->setObjectName(u"toolCourse"_s);
    QAction *meetings = bar->addAction(tr("Meetings"), this, &MainWindow::showMeetings);
    meetings->setObjectName(u"toolMeetings"_s);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Group:"), bar));
    m_groupSelector = new QComboBox(bar);
    m_groupSelector->setObjectName(u"groupSelector"_s);
    m_groupSelector->setAccessibleName(tr("Leadership group"));
    m_groupSelector->setMinimumContentsLength(24);
    m_groupSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_groupSelector, &QComboBox::activated, this,
            [this] { selectGroup(m_groupSelector->currentData().toLongLong()); });
    bar->addWidget(m_groupSelector);
    bar->addAction(m_newGroupAction);
}

void MainWindow::applyAccess(QWidget *page)
{
    for (QWidget *editing : std::initializer_list<QWidget *>{m_meetingsPage, m_groupPage, m_preparationPage,
                                                              m_seriesPlanPage}) {
        if (page == editing)
            setRecordReadOnly(page, m_database.isReadOnly());
    }
}

void MainWindow::afterDatabaseChanged()
{
    listenForRemoteChanges();
    const QString courseFolder =
        m_course.modules.isEmpty() ? QString() : QFileInfo(m_course.modules.first().folderPath).absolutePath();
    m_welcomePage->setPlaces(courseFolder, m_database.path(), m_database.isServer(), m_database.isReadOnly());
    refreshProgress();
    reloadGroups(m_settings.lastGroupId());
    m_meetingPage->setReadOnly(m_database.isReadOnly());
    m_allStepsPage->setReadOnly(m_database.isReadOnly());
    m_measuresPage->setReadOnly(m_database.isReadOnly());
    m_newGroupAction->setEnabled(!m_database.isReadOnly());
    findChild<QAction *>(u"importGroupAction"_s)->setEnabled(!m_database.isReadOnly());
    // A server's backups are IT's: there is no file of Leda's own to restore.
    findChild<QAction *>(u"restoreBackupAction"_s)->setEnabled(!m_database.isServer());
    applyAccess(m_pages->currentWidget());
    if (!m_database.networkFileSystem().isEmpty())
        QTimer::singleShot(0, this, &MainWindow::offerLocalCopy); // once the window is up
    if (m_database.isReadOnly()) {
        m_messageBar->showMessage(tr("%1 is read-only: you can read the record, but changes cannot be saved. Copy "
                                     "the file to a folder where you may write, and open the copy, to work in it.")
                                      .arg(QDir::toNativeSeparators(m_database.path())),
                                  MessageBar::Kind::Warning);
    }
}

void MainWindow::listenForRemoteChanges()
{
    // On a server, what another PC changes shows here too: the list of meetings, and the meeting
    // on screen once what was typed here is saved (a burst of changes read once).
    m_notices.reset(); // before the new one: it stops listening on the connection it had
    m_notices = std::make_unique<ServerNotices>(m_database);
    connect(m_notices.get(), &ServerNotices::changed, this, &MainWindow::noteRemoteChange);
}

void MainWindow::noteRemoteChange(const RecordChange &change)
{
    m_changedMeetings.insert(change.key == u"meeting_id"_s || change.table == u"meetings"_s ? change.id : 0);
    m_remoteChange.start();
}

void MainWindow::showRemoteChanges()
{
    if (!m_autosave->flush()) { // what is typed here goes first; try again shortly
        m_remoteChange.start();
        return;
    }
    const QSet<qint64> meetings = std::exchange(m_changedMeetings, {});
    reloadGroups(currentGroupId());
    if (m_pages->currentWidget() == m_meetingsPage)
        m_meetingsPage->refresh();
    if (m_pages->currentWidget() == m_meetingPage && meetings.contains(m_meetingPage->meetingId()))
        m_meetingPage->reload();
}

bool MainWindow::offerLocalCopy()
{
    const QString type = m_database.networkFileSystem();
    if (type.isEmpty() || !m_database.isOpen())
        return false;
    const QString where = QDir::toNativeSeparators(m_database.path());
    QMessageBox box(QMessageBox::Warning, tr("The record is on a network share"),
                    tr("%1 is on a network share (%2). A record there can be damaged when the network is "
                       "interrupted or when two computers write to it at once, and Leda cannot keep it as safe as "
                       "on this computer's own disk.\n\nCopy it to a folder on this computer and work there? The "
                       "file on the share is not changed.")
                        .arg(where, type),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"networkShareQuestion"_s);
    QPushButton *copy = box.addButton(tr("Copy to this computer…"), QMessageBox::AcceptRole);
    copy->setObjectName(u"copyToThisComputer"_s);
    box.addButton(tr("Keep working on the share"), QMessageBox::RejectRole);
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() == copy) {
        const QString suggested =
            QFileInfo(Database::defaultPath()).absolutePath() + u'/' + QFileInfo(m_database.path()).fileName();
        const QString target = FileDialogs::saveFileName(this, tr("Copy the record to this computer"), suggested,
                                                         tr("Leda records (*.sqlite)"));
        if (!target.isEmpty()) {
            m_presentation.reset();
            m_autosave->flush();
            const QString from = m_database.path();
            QString error;
            if (m_database.copyAndOpen(target, &error)) {
                m_settings.setLastGroupId(currentGroupId());
                afterDatabaseChanged();
                m_messageBar->showMessage(tr("The record is now in %1 on this computer. The file on the network share, "
                                             "%2, has not been changed: work in the copy from now on.")
                                              .arg(QDir::toNativeSeparators(m_database.path()), where),
                                          MessageBar::Kind::Information);
                return true;
            }
            if (!m_database.isOpen()) { // the copy was made but could not be opened: back to the share
                QString reopenError;
                m_database.open(from, &reopenError);
                afterDatabaseChanged();
            }
            showError(error);
            return false;
        }
    }
    m_messageBar->showMessage(tr("%1 is on a network share (%2). Leda writes it there without its usual journal "
                                 "(WAL): let only one computer at a time have it open, and copy it to this computer "
                                 "when you can.")
                                  .arg(where, type),
                              MessageBar::Kind::Warning);
    return false;
}

void MainWindow::reloadGroups(qint64 selectGroupId)
{
    const QSignalBlocker blocker(m_groupSelector);
    m_groupSelector->clear();
    const QList<Group> groups = m_database.isOpen() ? m_groups->groups() : QList<Group>();
    for (const Group &group : groups)
        m_groupSelector->addItem(group.name, group.id);
    if (groups.isEmpty())
        m_groupSelector->addItem(tr("No group yet"), 0);
    const int index = m_groupSelector->findData(selectGroupId);
    m_groupSelector->setCurrentIndex(index >= 0 ? index : 0);
    m_meetingsPage->setGroup(m_groups->group(currentGroupId()));
}

qint64 MainWindow::currentGroupId() const
{
    return m_groupSelector->currentData().toLongLong();
}

bool MainWindow::selectGroup(qint64 groupId)
{
    m_autosave->flush();
    const int index = m_groupSelector->findData(groupId);
    if (index < 0)
        return false;
    m_groupSelector->setCurrentIndex(index);
    m_settings.setLastGroupId(groupId);
    m_meetingsPage->setGroup(m_groups->group(groupId));
    if (m_pages->currentWidget() == m_meetingPage || m_pages->currentWidget() == m_groupPage
        || m_pages->currentWidget() == m_preparationPage)
        m_pages->setCurrentWidget(m_meetingsPage);
    if (m_pages->currentWidget() == m_seriesPlanPage)
        m_seriesPlanPage->setGroup(groupId);
    if (m_pages->currentWidget() == m_allStepsPage)
        m_allStepsPage->setGroup(groupId);
    if (m_pages->currentWidget() == m_measuresPage)
        m_measuresPage->setGroup(groupId);
    return true;
}

qint64 MainWindow::newGroup(const QString &name)
{
    QString error;
    const qint64 id = m_groups->createGroup(name, {}, &error);
    if (id == 0) {
        showError(error);
        return 0;
    }
    reloadGroups(id);
    selectGroup(id);
    m_groupPage->setGroup(id);
    return id;
}

qint64 MainWindow::newMeeting()
{
    const qint64 group = currentGroupId();
    if (group == 0)
        return 0;
    m_autosave->flush();
    const Meeting meeting = SeriesPlan::proposeMeeting(group, m_meetings->meetings(group), m_preparation->plan(group),
                                                       m_course, QDate::currentDate());
    QString error;
    const qint64 id = m_meetings->createMeeting(meeting, &error);
    if (id == 0) {
        showError(error);
        return 0;
    }
    m_meetingsPage->refresh();
    openMeeting(id);
    return id;
}

bool MainWindow::openMeeting(qint64 meetingId)
{
    if (m_meetings->meeting(meetingId).id == 0)
        return false;
    m_modulePage->leave();
    m_meetingPage->setMeeting(meetingId);
    m_pages->setCurrentWidget(m_meetingPage);
    return true;
}

void MainWindow::showMeetings()
{
    m_autosave->flush();
    m_modulePage->leave();
    if (currentGroupId() == 0) { // no group, no meetings: the first steps instead
        showWelcome();
        return;
    }
    m_meetingsPage->refresh();
    m_pages->setCurrentWidget(m_meetingsPage);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showWelcome()
{
    m_autosave->flush();
    m_modulePage->leave();
    m_pages->setCurrentWidget(m_welcomePage);
    m_welcomePage->findChild<QWidget *>(u"welcomeCreateGroup"_s)->setFocus();
}

qint64 MainWindow::askNewGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New leadership group"), tr("Name of the group:"),
                                               QLineEdit::Normal, {}, &ok);
    return ok && !name.trimmed().isEmpty() ? newGroup(name.trimmed()) : 0;
}

QString MainWindow::guideSection(const QWidget *page) const
{
    // F1 opens the guide where it speaks of the page one is on.
    const QList<std::pair<const QWidget *, QString>> sections{
        {m_welcomePage, u"start"_s},        {m_coursePage, u"course"_s},
        {m_modulePage, u"module"_s},        {m_meetingsPage, u"meetings"_s},
        {m_meetingPage, u"meeting"_s},      {m_groupPage, u"group"_s},
        {m_preparationPage, u"preparation"_s}, {m_seriesPlanPage, u"series-plan"_s},
        {m_allStepsPage, u"next-steps"_s},  {m_measuresPage, u"measures"_s},
    };
    for (const auto &[shown, section] : sections) {
        if (shown == page)
            return section;
    }
    return u"start"_s;
}

GuideWindow *MainWindow::openGuide(const QString &section)
{
    if (!m_guide)
        m_guide = new GuideWindow(UserGuide::load(QLocale().name().left(2)), this);
    m_guide->showSection(section.isEmpty() ? guideSection(m_pages->currentWidget()) : section);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

QList<KeyHelp> MainWindow::menuKeyHelp() const
{
    // Read from the menus themselves, so the list is always the keys the window has.
    QList<KeyHelp> help;
    const auto plain = [](QString text) { return text.remove(u'&'); };
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu, const QString &path) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu(), path + u" › "_s + plain(action->text()));
            else if (!action->shortcut().isEmpty())
                help.append({KeyHelp::keyName(action->shortcut()), path + u" › "_s + plain(action->text())});
        }
    };
    for (const QAction *top : menuBar()->actions()) {
        if (top->menu())
            walk(top->menu(), plain(top->text()));
    }
    // And the buttons of the pages that have a key of their own (Run the meeting: F5), beyond
    // the Alt+letter underlined in their text.
    for (const QAbstractButton *button : findChildren<QAbstractButton *>()) {
        if (!button->shortcut().isEmpty() && button->shortcut() != QKeySequence::mnemonic(button->text()))
            help.append({KeyHelp::keyName(button->shortcut()), tr("The button %1").arg(plain(button->text()))});
    }
    return help;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    const QList<KeyHelpGroup> groups{
        {tr("Leda's window"), menuKeyHelp()},
        {tr("A module's film"), FilmPlayer::keyHelp()},
        {tr("The meeting on the big screen"), Presentation::keyHelp()},
    };
    auto *dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString MainWindow::newRecordQuestion(const QString &path, bool creating)
{
    // Opening is not creating: a missing or empty file becomes a record only when the user says so.
    switch (Database::fileState(path)) {
    case Database::FileState::Exists:
        return {};
    case Database::FileState::Empty:
        return tr("%1 is an empty file. Make it a new, empty Leda record?")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    case Database::FileState::Missing:
        return creating ? QString()
                        : tr("There is no Leda record at %1. Start a new, empty record there?")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    case Database::FileState::MissingFolder:
        return tr("The folder %1 does not exist. Create it and start a new, empty record there?")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    }
    return {};
}

bool MainWindow::openDatabase(const QString &path, bool creating)
{
    const QString question = newRecordQuestion(path, creating);
    if (!question.isEmpty()
        && QMessageBox::question(this, tr("New record?"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;

    m_presentation.reset(); // it belongs to the record being closed
    m_autosave->flush();
    const QString previous = m_database.path();
    QString error;
    bool opened = m_database.open(path, &error);
    // A server that wants a password this user has no .pgpass for: asked, and used for this
    // connection only — never written to the settings.
    if (!opened && Database::wantsPassword(error) && !Database::withPassword(path, {}).isEmpty()) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Password for the region's server"),
            tr("The server %1 asks for your password. Leda uses it for this connection only and never saves it; IT "
               "can give you a .pgpass file so that you are not asked.")
                .arg(QUrl(path).host().isEmpty() ? path : QUrl(path).host()),
            QLineEdit::Password, {}, &ok);
        if (ok && !password.isEmpty())
            opened = m_database.open(Database::withPassword(path, password), &error);
    }
    if (!opened) {
        QString reopenError;
        m_database.open(previous, &reopenError);
        showError(error);
        return false;
    }
    m_settings.setLastGroupId(0);
    afterDatabaseChanged();
    showMeetings();
    return true;
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    m_presentation.reset(); // it belongs to the record being closed
    m_autosave->flush();
    QString error;
    if (!m_database.restore(backupPath, &error)) {
        showError(error);
        return false;
    }
    afterDatabaseChanged();
    showMeetings();
    m_messageBar->showMessage(tr("The record was restored from the backup. The previous state was backed up first."),
                              MessageBar::Kind::Information);
    return true;
}

qint64 MainWindow::exportableMeeting()
{
    m_autosave->flush(); // export what is on screen, including the last keystrokes
    if (m_pages->currentWidget() == m_meetingPage)
        return m_meetingPage->meetingId();
    const QList<Meeting> meetings = m_meetings->meetings(currentGroupId());
    if (meetings.isEmpty()) {
        showError(tr("There is no meeting to export yet: the group %1 has no meetings.")
                      .arg(m_groups->group(currentGroupId()).name));
        return 0;
    }
    return meetings.last().id;
}

void MainWindow::exportMinutes()
{
    const qint64 meetingId = exportableMeeting();
    if (meetingId == 0)
        return;
    const MinutesContent minutes = RecordExport(m_database, m_course).minutes(meetingId);
    const QString name = tr("Minutes %1 %2").arg(minutes.group.name, minutes.meeting.date.toString(Qt::ISODate));
    const QString path = runExport(this, false, name,
                                   [&](const Exporter &exporter, Exporter::Format format, const QString &file,
                                       QString *error, const Exporter::Progress &progress) {
                                       return exporter.writeMinutes(minutes, format, file, error, progress);
                                   });
    if (!path.isEmpty())
        m_messageBar->showMessage(tr("The minutes were saved as %1.").arg(QDir::toNativeSeparators(path)),
                                  MessageBar::Kind::Information);
}

void MainWindow::exportReport()
{
    m_autosave->flush();
    if (currentGroupId() == 0) {
        showError(tr("Choose or create a leadership group first."));
        return;
    }
    const ReportContent report = RecordExport(m_database, m_course).report(currentGroupId());
    const QString name = tr("Course report %1").arg(report.group.name);
    const QString path = runExport(this, true, name,
                                   [&](const Exporter &exporter, Exporter::Format format, const QString &file,
                                       QString *error, const Exporter::Progress &progress) {
                                       return exporter.writeReport(report, format, file, error, progress);
                                   });
    if (!path.isEmpty())
        m_messageBar->showMessage(tr("The course report was saved as %1.").arg(QDir::toNativeSeparators(path)),
                                  MessageBar::Kind::Information);
}

void MainWindow::exportGroup()
{
    m_autosave->flush(); // the package holds the last keystrokes too
    const qint64 groupId = currentGroupId();
    if (groupId == 0) {
        showError(tr("Choose or create a leadership group first."));
        return;
    }
    const Group group = m_groups->group(groupId);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialogs::saveFileName(this, tr("Export group"),
                                             folder + u'/' + GroupPackage::suggestedFileName(group.name),
                                             tr("Leda group packages (*.leda)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".leda"_s, Qt::CaseInsensitive))
        path += u".leda"_s;
    QString error;
    if (!GroupPackage::write(m_database, groupId, path, &error)) {
        showError(error);
        return;
    }
    m_messageBar->showMessage(tr("The group %1 was saved as %2. On the other computer, import it with File › Import "
                                 "group…; changes made there come back the same way.")
                                  .arg(group.name, QDir::toNativeSeparators(path)),
                              MessageBar::Kind::Information);
}

void MainWindow::importGroup()
{
    m_autosave->flush(); // what was typed here is part of what the package is compared with
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::openFileName(this, tr("Import group"), folder,
                                                   tr("Leda group packages (*.leda);;All files (*)"));
    if (path.isEmpty())
        return;
    GroupPackage package;
    GroupPackage::Outcome preview;
    QString error;
    if (!GroupPackage::read(path, &package, &error) || !package.preview(m_database, &preview, &error)) {
        showError(error);
        return;
    }
    const QString recordName = m_database.isServer() ? tr("the region's server")
                                                     : QDir::toNativeSeparators(m_database.path());
    ImportGroupDialog dialog(package.manifest(), preview, recordName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GroupPackage::Outcome outcome;
    if (!package.import(m_database, &outcome, &error)) {
        showError(tr("Nothing was imported. %1").arg(error));
        return;
    }
    reloadGroups(outcome.groupId);
    selectGroup(outcome.groupId); // remembered as the last group too
    showMeetings();
    m_messageBar->showMessage(
        outcome.newGroup
            ? tr("The group %1 was imported from %2.").arg(package.manifest().groupName, QDir::toNativeSeparators(path))
            : tr("The group %1 was brought up to date from %2: %3.")
                  .arg(package.manifest().groupName, QDir::toNativeSeparators(path), ImportGroupDialog::summary(outcome)),
        MessageBar::Kind::Information);
}

void MainWindow::printMinutes()
{
    const qint64 meetingId = exportableMeeting();
    if (meetingId == 0)
        return;
    auto document = DocumentBuilder::document(RecordOutline().minutes(RecordExport(m_database, m_course).minutes(meetingId)));
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { document->print(target); });
    preview.exec();
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
}

void MainWindow::refreshProgress()
{
    if (m_database.isOpen())
        m_model->setProgress(m_progress->all());
}

bool MainWindow::openModule(int row)
{
    const Module *module = m_model->moduleAt(row);
    if (!module)
        return false;
    if (!module->available) {
        m_messageBar->showMessage(tr("The module in %1 cannot be opened: %2")
                                      .arg(QDir::toNativeSeparators(module->folderPath), module->unavailableReason),
                                  MessageBar::Kind::Error);
        return false;
    }
    m_modulePage->setModule(*module);
    m_pages->setCurrentWidget(m_modulePage);
    m_modulePage->player()->setFocus(); // Space, arrows, F and C go to the film from the start
    return true;
}

void MainWindow::showCourse()
{
    m_autosave->flush();
    m_modulePage->leave();
    m_pages->setCurrentWidget(m_coursePage);
    const int row = m_model->rowOfModule(m_modulePage->module().id);
    if (row >= 0)
        m_coursePage->table()->selectRow(row);
    m_coursePage->table()->setFocus();
}

void MainWindow::markWatched(const QString &moduleId)
{
    if (!m_database.isOpen() || m_database.isReadOnly() || m_progress->progress(moduleId).watched())
        return;
    QString error;
    if (!m_progress->markWatched(moduleId, QDateTime::currentDateTime(), &error))
        showError(error);
    refreshProgress();
}

void MainWindow::recordDuration(const QString &moduleId, qint64 durationMs)
{
    if (!m_database.isOpen() || m_database.isReadOnly() || m_progress->progress(moduleId).durationMs == durationMs)
        return;
    QString error;
    if (!m_progress->recordDuration(moduleId, durationMs, &error))
        showError(error);
    refreshProgress();
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    m_messageBar->showMessage(language == u"sv"_s ? u"Leda visas på svenska nästa gång den startar."_s
                                                  : u"Leda will use English the next time it starts."_s,
                              MessageBar::Kind::Information);
}

void MainWindow::showDatabaseProblem(const QString &message)
{
    m_messageBar->showMessage(
        tr("%1\n\nThe course can be used, but what the group records cannot be saved until this is solved.").arg(message),
        MessageBar::Kind::Error);
}

} // namespace Leda
