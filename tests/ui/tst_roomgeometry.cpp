// The room view fits its screen whatever the record holds. Run by CTest under Xvfb at
// 1920×1080 and at 1366×768 (tests/CMakeLists.txt); hidden from the offscreen run.
#include "core/settings/settings.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "support/seriesrecord.h"
#include "ui/presentation/facilitatorview.h"
#include "ui/presentation/presentation.h"
#include "ui/presentation/roomview.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

// What the user sees of a widget, in the window's coordinates: clipped by every scroll area
// it lies in (a row scrolled out of view is not on screen).
QRect visibleRect(QWidget *widget, QWidget *window)
{
    QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            QWidget *viewport = area->viewport();
            rect &= QRect(viewport->mapTo(window, QPoint(0, 0)), viewport->size());
        }
    }
    return rect;
}

bool isLeaf(QWidget *widget)
{
    return qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget)
        || (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget->parentWidget()));
}

QString describe(QWidget *widget)
{
    QString text;
    if (auto *label = qobject_cast<QLabel *>(widget))
        text = label->text().left(30);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        text = button->text();
    return u"%1 '%2' \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

void requireFits(QWidget *room, int item)
{
    const QRect window = room->rect();
    QList<std::pair<QWidget *, QRect>> shown;
    for (QWidget *widget : room->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !isLeaf(widget))
            continue;
        const QRect rect = visibleRect(widget, room);
        if (rect.isEmpty())
            continue; // scrolled out of view
        INFO("item " << item << ": " << describe(widget).toStdString() << " at " << rect.x() << "," << rect.y() << " "
                     << rect.width() << "x" << rect.height() << " in a window of " << window.width() << "x"
                     << window.height());
        REQUIRE(window.contains(rect));
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap() && !label->text().isEmpty()) {
            // Not cut off: the label has the height its wrapped text needs.
            REQUIRE(label->heightForWidth(label->width()) <= label->height() + 2);
        }
        shown.append({widget, rect});
    }
    REQUIRE(shown.size() > 2);
    for (qsizetype a = 0; a < shown.size(); ++a) {
        for (qsizetype b = a + 1; b < shown.size(); ++b) {
            QWidget *first = shown.at(a).first;
            QWidget *second = shown.at(b).first;
            if (first->isAncestorOf(second) || second->isAncestorOf(first))
                continue;
            INFO("item " << item << ": " << describe(first).toStdString() << " overlaps "
                         << describe(second).toStdString());
            REQUIRE_FALSE(shown.at(a).second.intersects(shown.at(b).second));
        }
    }
}

} // namespace

TEST_CASE("room view: with 0, 5 and 40 open steps, 20 new steps and 30 long decisions, every item fits the screen",
          "[.][geometry]")
{
    QScreen *screen = QGuiApplication::primaryScreen();
    const QString shots = qEnvironmentVariable("LEDA_ROOM_SHOTS"); // a folder for screenshots, if wanted
    for (const int openSteps : {0, 5, 40}) {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        Database database;
        QString error;
        REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error));
        const SeriesRecord record = seedSeriesRecord(database, bundledContent().course, openSteps, 20, 30);
        GroupStore groups(database);
        MeetingStore meetings(database);
        NextStepStore nextSteps(database);
        PreparationStore preparation(database);
        MeasureStore measures(database);
        Autosave autosave(database);
        Presentation presentation({groups, meetings, nextSteps, preparation, measures, autosave}, bundledContent().course,
                                  settings, record.meetings.last());
        presentation.startOn(Presentation::Layout::OneWindow, screen, screen);
        RoomView *room = presentation.roomView();
        REQUIRE(QTest::qWaitForWindowExposed(room));
        REQUIRE(presentation.session().followUp().size() == openSteps);
        for (int item = 0; item < presentation.session().stepCount(); ++item) {
            presentation.session().goTo(item);
            QTest::qWait(100); // the layout of the new item
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            INFO(openSteps << " open steps, screen " << screen->size().width() << "x" << screen->size().height());
            REQUIRE(screen->geometry().contains(room->geometry()));
            REQUIRE(room->geometry().size() == screen->geometry().size());
            requireFits(room, item);
            if (!shots.isEmpty()) {
                room->grab().save(QDir(shots).filePath(u"room-%1x%2-open%3-item%4.png"_s.arg(screen->size().width())
                                                           .arg(screen->size().height())
                                                           .arg(openSteps)
                                                           .arg(item, 2, 10, QChar(u'0'))));
            }
        }
        presentation.leave();
    }
}

TEST_CASE("two screens: the room view fills the big screen, the process leader's view fits the laptop, on every item",
          "[.][twoscreens]")
{
    // Run with the offscreen platform's two screens (tests/data/two-screens.json): a laptop of
    // 1366×768 and a big screen of 1920×1080 to its right.
    const QList<QScreen *> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);
    QScreen *laptop = screens.at(0);
    QScreen *bigScreen = screens.at(1);
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    Database database;
    QString error;
    REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error));
    const SeriesRecord record = seedSeriesRecord(database, bundledContent().course, 40, 20, 30);
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore nextSteps(database);
    PreparationStore preparation(database);
    MeasureStore measures(database);
    Autosave autosave(database);
    Presentation presentation({groups, meetings, nextSteps, preparation, measures, autosave}, bundledContent().course,
                              settings, record.meetings.last());
    presentation.startOn(Presentation::Layout::TwoWindows, bigScreen, laptop);
    RoomView *room = presentation.roomView();
    FacilitatorView *facilitator = presentation.facilitatorView();
    REQUIRE(facilitator);
    REQUIRE(QTest::qWaitForWindowExposed(room));
    REQUIRE(QTest::qWaitForWindowExposed(facilitator));
    for (int item = 0; item < presentation.session().stepCount(); ++item) {
        presentation.session().goTo(item);
        QTest::qWait(100);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        REQUIRE(room->screen() == bigScreen);
        REQUIRE(room->geometry() == bigScreen->geometry());
        REQUIRE(facilitator->screen() == laptop);
        REQUIRE(laptop->geometry().contains(facilitator->frameGeometry()));
        requireFits(room, item);
        requireFits(facilitator, item);
        if (const QString shots = qEnvironmentVariable("LEDA_ROOM_SHOTS"); !shots.isEmpty())
            facilitator->grab().save(QDir(shots).filePath(u"facilitator-item%1.png"_s.arg(item, 2, 10, QChar(u'0'))));
    }
    presentation.leave();
}
