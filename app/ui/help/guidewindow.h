#pragma once

#include "core/help/userguide.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace Leda {

// Hjälp › Handledning: the process leader's guide in a window of its own, to read beside Leda.
// The sections on the left, filtered by the search field; the words searched for are marked.
class GuideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideWindow)

public:
    explicit GuideWindow(UserGuide guide, QWidget *parent = nullptr);

    void showSection(const QString &id);
    QString currentSection() const;
    void search(const QString &query);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *sectionList() const { return m_list; }

private:
    void listSections(const QList<GuideSection> &sections);
    void showListed(int row);
    void markQuery();

    UserGuide m_guide;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_noMatch = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace Leda
