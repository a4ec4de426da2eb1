#include "core/help/userguide.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leda {

UserGuide UserGuide::load(const QString &language)
{
    for (const QString &candidate : {language, u"sv"_s}) {
        QFile file(u":/guide/guide.%1.md"_s.arg(candidate));
        if (file.open(QIODevice::ReadOnly))
            return parse(QString::fromUtf8(file.readAll()));
    }
    return {};
}

UserGuide UserGuide::parse(const QString &markdown)
{
    static const QRegularExpression sectionHeader(uR"(^## (.+?)\s*\{#([a-z0-9-]+)\}\s*$)"_s);
    UserGuide guide;
    GuideSection *current = nullptr;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"# "_s) && guide.m_title.isEmpty() && !current) {
            guide.m_title = line.mid(2).trimmed();
            continue;
        }
        const QRegularExpressionMatch header = sectionHeader.match(line);
        if (header.hasMatch()) {
            guide.m_sections.append({header.captured(2), header.captured(1), {}});
            current = &guide.m_sections.last();
            continue;
        }
        if (current)
            current->markdown += line + u'\n';
    }
    for (GuideSection &section : guide.m_sections)
        section.markdown = section.markdown.trimmed();
    return guide;
}

const GuideSection *UserGuide::section(const QString &id) const
{
    const auto found = std::find_if(m_sections.cbegin(), m_sections.cend(),
                                    [&id](const GuideSection &section) { return section.id == id; });
    return found == m_sections.cend() ? nullptr : &*found;
}

QStringList UserGuide::queryWords(const QString &query)
{
    static const QRegularExpression separators(uR"([^\w-]+)"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = query.toLower().split(separators, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

QList<GuideSection> UserGuide::search(const QString &query) const
{
    const QStringList words = queryWords(query);
    if (words.isEmpty())
        return {};
    // Markdown marks (**, `) must not part a word from its match.
    static const QRegularExpression marks(uR"([*_`>#])"_s);
    QList<std::pair<int, GuideSection>> scored;
    for (const GuideSection &section : m_sections) {
        const QString title = section.title.toLower();
        const QString body = QString(section.markdown).remove(marks).toLower();
        int score = 0;
        bool all = true;
        for (const QString &word : words) {
            const int inTitle = title.count(word);
            const int inBody = body.count(word);
            if (inTitle + inBody == 0) {
                all = false;
                break;
            }
            score += 5 * inTitle + inBody;
        }
        if (all)
            scored.append({score, section});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<GuideSection> found;
    for (const auto &[score, section] : scored)
        found.append(section);
    return found;
}

} // namespace Leda
