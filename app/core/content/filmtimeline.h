#pragma once

#include "core/content/module.h"
#include "core/content/webvtt.h"

namespace Leda {

// Pure calculators for where a film is: which chapter, which caption, whether it counts as watched.
namespace FilmTimeline {

// Index of the chapter playing at positionMs (the last one that has started), or -1.
int chapterIndexAt(const QList<Chapter> &chapters, qint64 positionMs);

// Index of the caption cue shown at positionMs, or -1 between cues.
int cueIndexAt(const QList<Cue> &cues, qint64 positionMs);

// A group has watched a film once it reached 90 % of it (or the end).
bool countsAsWatched(qint64 positionMs, qint64 durationMs);

} // namespace FilmTimeline

} // namespace Leda
