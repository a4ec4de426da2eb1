// Every interactive control has a name a screen reader can say: a crawl of each page of the
// main window, as a user would reach it, through Qt's accessibility interfaces.
#include "support/ledasession.h"
#include "support/seriesrecord.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
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
