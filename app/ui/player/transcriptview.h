#pragma once

#include "core/content/module.h"
#include "core/content/webvtt.h"

#include <QListWidget>

namespace Leda {

// The film's captions as a readable transcript: the cue being spoken is highlighted and kept
// in view; clicking a line moves the film there.
class TranscriptView final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)

public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setCues(const QList<Cue> &cues);
    void showPosition(qint64 positionMs);
    int highlightedCue() const { return m_current; }

signals:
    void seekRequested(qint64 positionMs);

private:
    QList<Cue> m_cues;
    int m_current = -1;
};

// The film's chapters (the module's subheadings) with start times; clicking one jumps there.
class ChapterList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChapterList)

public:
    explicit ChapterList(QWidget *parent = nullptr);

    void setChapters(const QList<Chapter> &chapters);
    void showPosition(qint64 positionMs);

signals:
    void seekRequested(qint64 positionMs);

private:
    QList<Chapter> m_chapters;
};

} // namespace Leda
