#include "ui/help/guidewindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

GuideWindow::GuideWindow(UserGuide guide, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_guide(std::move(guide))
{
    setObjectName(u"guideWindow"_s);
    setWindowTitle(m_guide.title());
    resize(900, 640);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"guideSearch"_s);
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"guideSections"_s);
    m_list->setAccessibleName(tr("Sections of the guide"));
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(u"guideNoMatch"_s);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"guideText"_s);
    m_browser->setAccessibleName(tr("Guide text"));
    m_browser->setOpenLinks(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_noMatch);
    sideLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &GuideWindow::search);
    connect(m_list, &QListWidget::currentRowChanged, this, &GuideWindow::showListed);
    // From the search field straight into the sections with ↓, and Esc closes as a dialog would.
    connect(m_search, &QLineEdit::returnPressed, m_list, [this] { m_list->setFocus(); });
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });

    listSections(m_guide.sections());
}

void GuideWindow::listSections(const QList<GuideSection> &sections)
{
    const QString shown = currentSection();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const GuideSection &section : sections) {
        auto *item = new QListWidgetItem(section.title, m_list);
        item->setData(Qt::UserRole, section.id);
    }
    // A search shows its best match; the whole list again stays on the section being read.
    int row = 0;
    for (int i = 0; i < m_list->count() && m_search->text().trimmed().isEmpty(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == shown)
            row = i;
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(row);
        showListed(row);
    }
}

void GuideWindow::showListed(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    const GuideSection *section = item ? m_guide.section(item->data(Qt::UserRole).toString()) : nullptr;
    if (!section)
        return;
    m_browser->setMarkdown(u"# "_s + section->title + u"\n\n"_s + section->markdown);
    m_browser->setProperty("ledaSection", section->id);
    markQuery();
}

void GuideWindow::showSection(const QString &id)
{
    if (!m_search->text().isEmpty())
        m_search->clear(); // every section listed again
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QString GuideWindow::currentSection() const
{
    return m_browser ? m_browser->property("ledaSection").toString() : QString();
}

void GuideWindow::search(const QString &query)
{
    if (m_search->text() != query) {
        m_search->setText(query); // comes back here through textChanged
        return;
    }
    const bool searching = !query.trimmed().isEmpty();
    const QList<GuideSection> found = searching ? m_guide.search(query) : m_guide.sections();
    m_noMatch->setText(tr("Nothing in the guide matches “%1”.").arg(query.trimmed()));
    m_noMatch->setVisible(searching && found.isEmpty());
    listSections(found);
    if (found.isEmpty())
        m_browser->clear();
}

void GuideWindow::markQuery()
{
    // Each word searched for, marked where it stands in the text (the first one scrolled to).
    QList<QTextEdit::ExtraSelection> marks;
    const QColor highlight = palette().color(QPalette::Highlight);
    for (const QString &word : UserGuide::queryWords(m_search->text())) {
        QTextCursor cursor(m_browser->document());
        while (!(cursor = m_browser->document()->find(word, cursor)).isNull()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = cursor;
            mark.format.setBackground(highlight);
            mark.format.setForeground(palette().color(QPalette::HighlightedText));
            marks.append(mark);
        }
    }
    m_browser->setExtraSelections(marks);
    if (!marks.isEmpty())
        m_browser->setTextCursor(QTextCursor(marks.first().cursor.block()));
    else
        m_browser->moveCursor(QTextCursor::Start);
}

} // namespace Leda
