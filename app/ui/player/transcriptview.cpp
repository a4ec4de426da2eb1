#include "ui/player/transcriptview.h"

#include "core/content/filmtimeline.h"
#include "core/timeformat.h"

using namespace Qt::StringLiterals;

namespace Leda {

TranscriptView::TranscriptView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"transcript"_s);
    setAccessibleName(tr("Transcript"));
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrap long lines instead
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFocusPolicy(Qt::NoFocus);
    setStyleSheet(u"QListWidget::item { padding: 4px; } QListWidget::item:selected { background: #ffe08a; color: black; }"_s);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int index = row(item);
        if (index >= 0 && index < m_cues.size())
            emit seekRequested(m_cues.at(index).startMs);
    });
}

void TranscriptView::setCues(const QList<Cue> &cues)
{
    clear();
    m_cues = cues;
    m_current = -1;
    for (const Cue &cue : cues) {
        auto *item = new QListWidgetItem(QString(cue.text).replace(u'\n', u' '), this);
        item->setToolTip(formatClock(cue.startMs));
    }
}

void TranscriptView::showPosition(qint64 positionMs)
{
    const int index = FilmTimeline::cueIndexAt(m_cues, positionMs);
    if (index == m_current || index < 0) // between cues, the last spoken line stays marked
        return;
    m_current = index;
    setCurrentRow(index);
    scrollToItem(item(index), QAbstractItemView::PositionAtCenter);
}

ChapterList::ChapterList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"chapterList"_s);
    setAccessibleName(tr("Chapters"));
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    setStyleSheet(u"QListWidget::item { padding: 6px; } QListWidget::item:selected { background: #cfe3f5; color: black; }"_s);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int index = row(item);
        if (index >= 0 && index < m_chapters.size() && m_chapters.at(index).startMs >= 0)
            emit seekRequested(m_chapters.at(index).startMs);
    });
}

void ChapterList::setChapters(const QList<Chapter> &chapters)
{
    clear();
    m_chapters = chapters;
    for (int i = 0; i < chapters.size(); ++i) {
        const Chapter &chapter = chapters.at(i);
        const QString time = chapter.startMs >= 0 ? formatClock(chapter.startMs) : u"–"_s;
        auto *item = new QListWidgetItem(u"%1  %2. %3"_s.arg(time).arg(i + 1).arg(chapter.title), this);
        if (chapter.startMs < 0)
            item->setToolTip(tr("The start of this chapter is not known yet"));
    }
}

void ChapterList::showPosition(qint64 positionMs)
{
    const int index = FilmTimeline::chapterIndexAt(m_chapters, positionMs);
    if (index >= 0 && index != currentRow())
        setCurrentRow(index);
}

} // namespace Leda
