// Every interactive control has a name a screen reader can say: a crawl of each page of the
// main window, as a user would reach it, through Qt's accessibility interfaces.
#include "support/ledasession.h"
#include "support/pagevisits.h"
#include "support/seriesrecord.h"
#include "core/measures/csvfile.h"
#include "ui/course/modulepage.h"
#include "ui/dialogs/backupdialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/measures/csvimportdialog.h"
#include "ui/help/guidewindow.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/welcomepage.h"
#include "ui/meeting/meetingpage.h"
#include "ui/widgets/contrast.h"

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
    const SeriesRecord record = seedSeriesFile(dir, bundledContent().course);
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->selectGroup(record.group));
    auto *pages = window->findChild<QStackedWidget *>();
    REQUIRE(pages);
    QStringList problems;
    for (const auto &[name, visit] : pageVisits(leda, record)) {
        visit();
        QTest::qWait(20);
        for (const QString &problem : unnamed(pages->currentWidget()))
            problems.append(name + u": "_s + problem);
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("accessibility: every control of Leda's dialogs and windows has a name")
{
    QTemporaryDir dir;
    const SeriesRecord record = seedSeriesFile(dir, bundledContent().course);
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->selectGroup(record.group));
    QStringList problems;
    const auto crawl = [&problems](const QString &name, QWidget *dialog) {
        dialog->show();
        QTest::qWait(20);
        for (const QString &problem : unnamed(dialog))
            problems.append(name + u": "_s + problem);
        dialog->close();
    };
    ExportDialog minutes(false, window);
    crawl(u"export minutes"_s, &minutes);
    ExportDialog report(true, window);
    crawl(u"export report"_s, &report);
    BackupDialog backups(leda.path(), window);
    crawl(u"backups"_s, &backups);
    MeasureCsv csv;
    QString error;
    REQUIRE(CsvFile::readMeasure("period;value\n2026-01;12\n2026-02;x\n", u"värden.csv"_s, true, &csv, &error));
    Measure measure;
    measure.name = u"Väntetid"_s;
    CsvImportDialog import(measure, {}, csv, u"värden.csv"_s, window);
    crawl(u"CSV import"_s, &import);
    crawl(u"guide"_s, window->openGuide());
    crawl(u"shortcuts"_s, window->showShortcuts());
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("keyboard: Tab walks the meeting page from top to bottom, section by section, and reaches every field")
{
    QTemporaryDir dir;
    const SeriesRecord record = seedSeriesFile(dir, bundledContent().course);
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

namespace {

// The Tab stops of page whose look does not change when they get the focus by keyboard.
QStringList focusNotShown(QWidget *page)
{
    QStringList unseen;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible() || !widget->isEnabled()
            || widget->focusProxy() || widget->width() < 2)
            continue;
        if (qobject_cast<QLineEdit *>(widget) && (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                                                  || qobject_cast<QComboBox *>(widget->parentWidget())))
            continue;
        page->window()->setFocus(Qt::OtherFocusReason);
        QCoreApplication::processEvents();
        const QImage without = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        widget->window()->setAttribute(Qt::WA_KeyboardFocusChange); // as a Tab key press sets it
        QCoreApplication::processEvents();
        const QImage with = widget->grab().toImage();
        if (!widget->hasFocus() || with == without)
            unseen.append(u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    return unseen;
}

} // namespace

TEST_CASE("keyboard: the focus is visible on every Tab stop of the module page, the film player and the first steps")
{
    QTemporaryDir dir;
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QStringList problems;
    window->showWelcome();
    for (const QString &problem : focusNotShown(window->welcomePage()))
        problems.append(u"first steps: "_s + problem);
    REQUIRE(window->openModule(1));
    QTest::qWait(50);
    for (const QString &problem : focusNotShown(window->modulePage()))
        problems.append(u"module: "_s + problem);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

namespace {

int pixelsOf(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour ? 1 : 0;
    }
    return count;
}

} // namespace

TEST_CASE("high contrast: Visa › Hög kontrast gives black on white, black frames and a thick blue focus, and is remembered")
{
    // Every text colour of the palette on its background: at least 7:1 (WCAG AAA), disabled 4.5:1.
    const QPalette palette = Contrast::highContrastPalette();
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
        {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
        {QPalette::ButtonText, QPalette::Button}, {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::PlaceholderText, QPalette::Base}, {QPalette::ToolTipText, QPalette::ToolTipBase}};
    for (const auto &[text, background] : pairs) {
        INFO(int(text));
        CHECK(Contrast::ratio(palette.color(QPalette::Active, text), palette.color(QPalette::Active, background)) >= 7.0);
        CHECK(Contrast::ratio(palette.color(QPalette::Disabled, text), palette.color(QPalette::Disabled, background))
              >= 4.5);
    }
    CHECK(Contrast::ratio(Qt::black, Qt::white) == Approx(21.0));

    QTemporaryDir dir;
    const SeriesRecord record = seedSeriesFile(dir, bundledContent().course);
    const QRgb focusBlue = qRgb(0x0b, 0x3d, 0x91);
    {
        LedaSession leda(dir);
        MainWindow *window = leda.window.get();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        REQUIRE(window->selectGroup(record.group));
        REQUIRE(window->openMeeting(record.meetings.last()));
        auto *place = leda.find<QLineEdit>(u"meetingPlace"_s);
        const QImage before = place->grab().toImage();
        CHECK(pixelsOf(before, focusBlue) == 0);

        window->findChild<QAction *>(u"highContrastAction"_s)->trigger();
        CHECK(leda.settings.highContrast());
        QCoreApplication::processEvents();
        const QImage framed = place->grab().toImage();
        CHECK(framed.pixel(0, framed.height() / 2) == qRgb(0, 0, 0)); // a black frame
        CHECK(framed.pixel(framed.width() / 2, 0) == qRgb(0, 0, 0));
        place->setFocus(Qt::TabFocusReason);
        window->setAttribute(Qt::WA_KeyboardFocusChange);
        QCoreApplication::processEvents();
        const QImage focused = place->grab().toImage();
        CHECK(pixelsOf(focused, focusBlue) > 2 * (focused.width() + focused.height())); // a frame, thick
        CHECK(place->palette().color(QPalette::Window) == QColor(Qt::white));
    }
    {
        LedaSession again(dir); // remembered: on from the start
        CHECK(again.window->findChild<QAction *>(u"highContrastAction"_s)->isChecked());
        CHECK(!again.window->styleSheet().isEmpty());
        again.window->findChild<QAction *>(u"highContrastAction"_s)->trigger();
        CHECK(!again.settings.highContrast());
        CHECK(again.window->styleSheet().isEmpty());
    }
}
