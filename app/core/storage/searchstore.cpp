#include "core/storage/searchstore.h"

#include "core/storage/database.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {
// Marks from snippet() that cannot occur in typed text; replaced after HTML escaping.
const QChar kMatchStart(0xE000);
const QChar kMatchEnd(0xE001);
} // namespace

SearchStore::SearchStore(Database &database)
    : m_database(database)
{
}

QString SearchStore::matchExpression(const QString &text)
{
    static const QRegularExpression nonWord(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    const QStringList words = text.split(nonWord, Qt::SkipEmptyParts);
    for (const QString &word : words)
        terms.append(u"\""_s + word + u"\"*"_s);
    return terms.join(u' ');
}

QString SearchStore::serverQuery(const QString &text)
{
    // Every word, each also as the start of a longer one (to_tsquery's "word:*"); words are
    // letters and digits only, so nothing typed can change the query's syntax.
    static const QRegularExpression nonWord(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(nonWord, Qt::SkipEmptyParts)) {
        if (word != u"_"_s)
            terms.append(QString(word).remove(u'_') + u":*"_s);
    }
    terms.removeAll(u":*"_s);
    return terms.join(u" & "_s);
}

QList<SearchHit> SearchStore::search(qint64 groupId, const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return hits;
    SearchIndex index(m_database);
    if (!index.hasGroup(groupId))
        return hits; // the group has not written anything yet
    const QString table = SearchIndex::tableName(groupId);
    // Both give the best hits first with a lower rank (FTS5's bm25 is negative; ts_rank is turned).
    SqlStatement query(m_database,
                       m_database.isServer()
                           // The group's entries first, then the words: a word's prefix matches
                           // rows of every group in the region (the GIN index read them all:
                           // p95 61 ms at 200 groups), one group's entries are a few thousand.
                           ? u"WITH s AS MATERIALIZED (SELECT meeting_id, kind, body, document FROM search_entries "
                             "WHERE group_id = :group) "
                             "SELECT s.meeting_id, m.date, s.kind, ts_headline('swedish', s.body, q.query, :options), "
                             "-ts_rank(s.document, q.query) AS rank "
                             "FROM s JOIN meetings m ON m.id = s.meeting_id, "
                             "to_tsquery('swedish', :match) AS q(query) "
                             "WHERE s.document @@ q.query ORDER BY rank LIMIT :limit"_s
                           : u"SELECT s.meeting_id, m.date, s.kind, snippet(%1, 0, :start, :end, '…', 24), s.rank "
                             "FROM %1 s JOIN meetings m ON m.id = s.meeting_id "
                             "WHERE %1 MATCH :match ORDER BY s.rank LIMIT :limit"_s.arg(table));
    if (m_database.isServer()) {
        query.bind(u":options"_s, u"StartSel=%1, StopSel=%2, MaxWords=24, MinWords=8, HighlightAll=false"_s.arg(
                                      kMatchStart, kMatchEnd))
            .bind(u":match"_s, serverQuery(text))
            .bind(u":group"_s, groupId);
    } else {
        query.bind(u":start"_s, QString(kMatchStart)).bind(u":end"_s, QString(kMatchEnd)).bind(u":match"_s, expression);
    }
    query.bind(u":limit"_s, limit);
    if (!query.exec(nullptr))
        return hits;
    while (query.next()) {
        SearchHit hit;
        hit.meetingId = query.value(0).toLongLong();
        hit.meetingDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        hit.kind = query.value(2).toString();
        hit.snippet = query.value(3).toString().simplified().toHtmlEscaped();
        hit.snippet.replace(kMatchStart, u"<b>"_s).replace(kMatchEnd, u"</b>"_s);
        hit.rank = query.value(4).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace Leda
