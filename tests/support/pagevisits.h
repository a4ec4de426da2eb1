#pragma once

// Every page of the main window, reached as a user reaches it, for the tests that look at each
// page in turn (accessibility, 200 % text): a name and how to get there.
#include "support/ledasession.h"
#include "support/seriesrecord.h"

#include <QAbstractButton>

#include <functional>
#include <utility>

inline QList<std::pair<QString, std::function<void()>>> pageVisits(LedaSession &leda, const SeriesRecord &record)
{
    using namespace Qt::StringLiterals;
    Leda::MainWindow *window = leda.window.get();
    return {
        {u"first steps"_s, [window] { window->showWelcome(); }},
        {u"course"_s, [window] { window->showCourse(); }},
        {u"module"_s, [window] { window->openModule(1); }},
        {u"meetings"_s, [window] { window->showMeetings(); }},
        {u"meeting"_s, [window, meeting = record.meetings.last()] { window->openMeeting(meeting); }},
        {u"preparation"_s,
         [&leda] { QTest::mouseClick(leda.find<QAbstractButton>(u"preparationButton"_s), Qt::LeftButton); }},
        {u"group"_s,
         [window, &leda] {
             window->showMeetings();
             QTest::mouseClick(leda.find<QAbstractButton>(u"editGroupButton"_s), Qt::LeftButton);
         }},
        {u"series plan"_s, [window] { window->showSeriesPlan(); }},
        {u"all next steps"_s, [window] { window->showAllSteps(); }},
        {u"measures"_s, [window] { window->showMeasures(); }},
    };
}
