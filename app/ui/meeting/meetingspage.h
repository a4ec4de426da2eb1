#pragma once

#include "core/content/module.h"
#include "core/meeting/record.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Leda {

class MeetingStore;
class SearchStore;

// The group's meetings, newest first, a button for the next meeting, and search over
// everything the group has written (matches marked, a hit opens its meeting).
class MeetingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsPage)

public:
    MeetingsPage(MeetingStore &meetings, SearchStore &search, const Course &course, QWidget *parent = nullptr);

    void setGroup(const Group &group);
    void refresh();
    QListWidget *meetingList() const { return m_list; }
    QListWidget *searchResults() const { return m_results; }

signals:
    void openMeetingRequested(qint64 meetingId);
    void newMeetingRequested();
    void editGroupRequested();
    void seriesPlanRequested();
    void allStepsRequested();
    void measuresRequested();
    void reportRequested();

private:
    void runSearch();
    QString moduleTitles(const QStringList &ids) const;

    MeetingStore &m_meetings;
    SearchStore &m_search;
    const Course &m_course;
    Group m_group;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_searchField = nullptr;
    QListWidget *m_results = nullptr;
    QPushButton *m_newMeeting = nullptr;
};

} // namespace Leda
