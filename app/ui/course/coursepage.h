#pragma once

#include "core/content/contentproblem.h"

#include <QWidget>

class QTableView;
class QPushButton;

namespace Leda {

class CourseModel;
class MessageBar;

// The course at a glance: every module with its number, title, film length and watched state.
class CoursePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoursePage)

public:
    explicit CoursePage(CourseModel &model, QWidget *parent = nullptr);

    void showProblems(const ContentProblems &problems);
    QTableView *table() const { return m_table; }

signals:
    void openModuleRequested(int row);

private:
    void openCurrent();

    CourseModel &m_model;
    MessageBar *m_messageBar = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace Leda
