#include "ui/mainwindow.h"

#include "core/content/coursemodel.h"
#include "core/settings/settings.h"
#include "core/storage/database.h"
#include "core/storage/progressstore.h"
#include "ui/course/coursepage.h"
#include "ui/course/modulepage.h"
#include "ui/player/filmplayer.h"
#include "ui/widgets/messagebar.h"

#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

MainWindow::MainWindow(Settings &settings, Database &database, const Course &course, const ContentProblems &problems,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_database(database)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Leda – leading improvement together"));
    resize(1280, 800);

    if (m_database.isOpen())
        m_progress = std::make_unique<ProgressStore>(m_database);

    m_model = new CourseModel(this);
    m_model->setCourse(course);
    refreshProgress();

    m_messageBar = new MessageBar(this);
    m_coursePage = new CoursePage(*m_model, this);
    m_coursePage->showProblems(problems);
    m_modulePage = new ModulePage(m_settings, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_coursePage);
    m_pages->addWidget(m_modulePage);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_coursePage, &CoursePage::openModuleRequested, this, &MainWindow::openModule);
    connect(m_modulePage, &ModulePage::backRequested, this, &MainWindow::showCourse);
    connect(m_modulePage, &ModulePage::filmWatched, this, &MainWindow::markWatched);
    connect(m_modulePage, &ModulePage::filmDurationKnown, this, &MainWindow::recordDuration);

    createMenus();
    m_coursePage->table()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *course = view->addAction(tr("&Course"), this, &MainWindow::showCourse);
    course->setObjectName(u"showCourseAction"_s);
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

void MainWindow::refreshProgress()
{
    if (m_progress)
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
    m_modulePage->leave();
    m_pages->setCurrentWidget(m_coursePage);
    const int row = m_model->rowOfModule(m_modulePage->module().id);
    if (row >= 0)
        m_coursePage->table()->selectRow(row);
    m_coursePage->table()->setFocus();
}

void MainWindow::markWatched(const QString &moduleId)
{
    if (!m_progress || m_progress->progress(moduleId).watched())
        return;
    QString error;
    if (!m_progress->markWatched(moduleId, QDateTime::currentDateTime(), &error))
        m_messageBar->showMessage(error, MessageBar::Kind::Error);
    refreshProgress();
}

void MainWindow::recordDuration(const QString &moduleId, qint64 durationMs)
{
    if (!m_progress || m_progress->progress(moduleId).durationMs == durationMs || m_database.isReadOnly())
        return;
    QString error;
    if (!m_progress->recordDuration(moduleId, durationMs, &error))
        m_messageBar->showMessage(error, MessageBar::Kind::Error);
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
