// Every interactive control has a name a screen reader can say: a crawl of each page of the
// main window, as a user would reach it, through Qt's accessibility interfaces.
#include "support/ledasession.h"
#include "support/seriesrecord.h"
#include "ui/meeting/meetingpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

bool interactive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget);
}

// The visible interactive widgets of page that have no accessible name.
QStringList unnamed(QWidget *page)
{
    QStringList found;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !interactive(widget) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // A spin box's line edit, a combo box's list: parts of a control that is named itself.
        if (qobject_cast<QLineEdit *>(widget) && (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                                                  || qobject_cast<QComboBox *>(widget->parentWidget())))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found.append(u"%1 %2 (in %3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                               widget->objectName(),
                                               widget->parentWidget() ? widget->parentWidget()->objectName() : QString()));
    }
    return found;
}

} // namespace

TEST_CASE("accessibility: every interactive control on every page has a name")
{
    QTemporaryDir dir;
    SeriesRecord record;
    {
        Database seeding;
        QString error;
        REQUIRE(seeding.open(dir.filePath(u"leda.sqlite"_s), &error));
        record = seedSeriesRecord(seeding, bundledContent().course, 12, 4, 3, 300);
    }
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->selectGroup(record.group));
    auto *pages = window->findChild<QStackedWidget *>();
    REQUIRE(pages);
    const QList<std::pair<QString, std::function<void()>>> visits{
        {u"course"_s, [window] { window->showCourse(); }},
        {u"module"_s, [window] { window->openModule(1); }},
        {u"meetings"_s, [window] { window->showMeetings(); }},
        {u"meeting"_s, [window, &record] { window->openMeeting(record.meetings.last()); }},
        {u"preparation"_s, [&leda] { QTest::mouseClick(leda.find<QAbstractButton>(u"preparationButton"_s), Qt::LeftButton); }},
        {u"group"_s, [window, &leda] {
             window->showMeetings();
             QTest::mouseClick(leda.find<QAbstractButton>(u"editGroupButton"_s), Qt::LeftButton);
         }},
        {u"series plan"_s, [window] { window->showSeriesPlan(); }},
        {u"all next steps"_s, [window] { window->showAllSteps(); }},
        {u"measures"_s, [window] { window->showMeasures(); }},
    };
    QStringList problems;
    for (const auto &[name, visit] : visits) {
        visit();
        QTest::qWait(20);
        for (const QString &problem : unnamed(pages->currentWidget()))
            problems.append(name + u": "_s + problem);
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("keyboard: Tab walks the meeting page from top to bottom, section by section, and reaches every field")
{
    QTemporaryDir dir;
    SeriesRecord record;
    {
        Database seeding;
        QString error;
        REQUIRE(seeding.open(dir.filePath(u"leda.sqlite"_s), &error));
        record = seedSeriesRecord(seeding, bundledContent().course, 12, 4, 3, 300);
    }
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->selectGroup(record.group));
    REQUIRE(window->openMeeting(record.meetings.last()));
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QWidget *page = window->meetingPage();
    // The sections in the order the page shows them.
    const QStringList sections{u"sectionOpenSteps"_s,  u"sectionMeasures"_s, u"sectionDetails"_s,
                               u"sectionAttendance"_s, u"sectionQuestions"_s, u"sectionDecisions"_s,
                               u"sectionChoices"_s,    u"sectionSoftResults"_s, u"sectionNextSteps"_s,
                               u"sectionFreeNotes"_s};
    const auto sectionOf = [&sections](QWidget *widget) {
        for (QWidget *w = widget; w; w = w->parentWidget()) {
            if (const qsizetype index = sections.indexOf(w->objectName()); index >= 0)
                return int(index);
        }
        return -1; // the top of the page
    };
    auto *content = leda.find<QScrollArea>(u"meetingScroll"_s)->widget();
    leda.find<QWidget>(u"meetingBackButton"_s)->setFocus(Qt::TabFocusReason);
    QList<QWidget *> walked;
    QStringList outOfView;
    for (int i = 0; i < 600; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (!walked.isEmpty() && focused == walked.last())
            continue; // a date or time field: Tab goes through day, month and year first
        if (!focused || !page->isAncestorOf(focused) || walked.contains(focused))
            break;
        walked.append(focused);
        // The field Tab reaches is scrolled into view.
        const QRect onScreen(focused->mapTo(page, QPoint(0, 0)), focused->size());
        if (!page->rect().intersects(onScreen))
            outOfView.append(focused->objectName() + u' ' + focused->accessibleName());
    }
    QStringList names;
    for (QWidget *widget : std::as_const(walked))
        names.append(u"%1 %2 %3"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                       widget->accessibleName()));
    INFO(names.join(u'\n').toStdString());
    REQUIRE(walked.size() > 40);
    int section = -1;
    QPoint previous(-1, -1);
    for (QWidget *widget : std::as_const(walked)) {
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString() << " "
                                               << widget->accessibleName().toStdString());
        const int here = sectionOf(widget);
        CHECK(here >= section); // never back to a section above
        // Within the scrolled content: never to a field above the one before (a row's fields
        // share their top).
        if (content->isAncestorOf(widget)) {
            const QPoint at = widget->mapTo(content, QPoint(0, 0));
            if (here == section)
                CHECK(at.y() + widget->height() / 2 >= previous.y());
            previous = at;
        }
        section = here;
    }
    CHECK(outOfView.isEmpty());
    // Every field of the questions was reached.
    int questionFields = 0;
    for (QPlainTextEdit *edit : page->findChild<QWidget *>(u"sectionQuestions"_s)->findChildren<QPlainTextEdit *>())
        questionFields += edit->isVisibleTo(page) ? 1 : 0;
    int walkedQuestionFields = 0;
    for (QWidget *widget : std::as_const(walked))
        walkedQuestionFields += sectionOf(widget) == sections.indexOf(u"sectionQuestions"_s) ? 1 : 0;
    INFO(names.join(u'\n').toStdString());
    CHECK(walkedQuestionFields >= questionFields);
    CHECK(questionFields > 0);
}
