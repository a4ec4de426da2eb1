#include "ui/course/coursepage.h"

#include "core/content/coursemodel.h"
#include "ui/widgets/messagebar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

CoursePage::CoursePage(CourseModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"coursePage"_s);

    auto *title = new QLabel(tr("The course"), this);
    title->setObjectName(u"courseTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("Take one module per meeting: watch the film together, talk through the questions and "
                                "write down how things are today, how you want them, and your next step."),
                             this);
    intro->setWordWrap(true);

    m_messageBar = new MessageBar(this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"courseTable"_s);
    m_table->setAccessibleName(tr("Modules of the course"));
    m_table->setModel(&m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for "Open the module"
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CourseModel::TitleColumn, QHeaderView::Stretch);
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.25);
    m_table->setFont(tableFont);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() * 2);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { emit openModuleRequested(index.row()); });

    m_openButton = new QPushButton(tr("Open module"), this);
    m_openButton->setObjectName(u"openModuleButton"_s);
    m_openButton->setDefault(true);
    connect(m_openButton, &QPushButton::clicked, this, &CoursePage::openCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    if (m_model.rowCount() > 0)
        m_table->selectRow(0);
}

void CoursePage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit openModuleRequested(current.row());
}

void CoursePage::showProblems(const ContentProblems &problems)
{
    if (problems.isEmpty())
        return;
    QStringList lines;
    for (const ContentProblem &problem : problems)
        lines.append(problem.toString().toHtmlEscaped());
    m_messageBar->showMessage(tr("%n module problem(s) found. Unavailable modules are greyed out; correct the files "
                                 "and restart Leda, or check them with leda --check-content.",
                                 nullptr, int(problems.size()))
                                  + u"<br>"_s + lines.join(u"<br>"_s),
                              MessageBar::Kind::Warning);
}

} // namespace Leda
