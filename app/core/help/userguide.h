#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Leda {

// One section of the user guide: its id (what F1 on a page asks for), title and Markdown text.
struct GuideSection
{
    QString id;
    QString title;
    QString markdown;
};

// The process leader's guide, shipped as Markdown in resources/guide/guide.<language>.md: a
// "# title" and sections that each start with "## Title {#id}". Read and searched here; the
// window that shows it is in the UI.
class UserGuide final
{
public:
    // The guide in language ("sv", "en"); Swedish when there is none in that language.
    static UserGuide load(const QString &language);
    static UserGuide parse(const QString &markdown);

    bool isEmpty() const { return m_sections.isEmpty(); }
    QString title() const { return m_title; }
    const QList<GuideSection> &sections() const { return m_sections; }
    const GuideSection *section(const QString &id) const;

    // The sections holding every word of query, in any case and also inside a longer word (Swedish
    // compounds: "möte" finds "uppföljningsmötet"), the most hits first, a title hit counting more.
    QList<GuideSection> search(const QString &query) const;
    // The words search() looks for, for highlighting them.
    static QStringList queryWords(const QString &query);

private:
    QString m_title;
    QList<GuideSection> m_sections;
};

} // namespace Leda
