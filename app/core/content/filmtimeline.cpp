#include "core/content/filmtimeline.h"

#include <algorithm>

namespace Leda::FilmTimeline {

int chapterIndexAt(const QList<Chapter> &chapters, qint64 positionMs)
{
    int index = -1;
    for (int i = 0; i < chapters.size(); ++i) {
        if (chapters.at(i).startMs >= 0 && chapters.at(i).startMs <= positionMs)
            index = i;
    }
    return index;
}

int cueIndexAt(const QList<Cue> &cues, qint64 positionMs)
{
    // Cues are sorted by start; the latest started cue that still runs wins (cues may overlap).
    const auto after = std::upper_bound(cues.cbegin(), cues.cend(), positionMs,
                                        [](qint64 position, const Cue &cue) { return position < cue.startMs; });
    for (auto it = after; it != cues.cbegin();) {
        --it;
        if (it->contains(positionMs))
            return int(it - cues.cbegin());
    }
    return -1;
}

bool countsAsWatched(qint64 positionMs, qint64 durationMs)
{
    return durationMs > 0 && positionMs * 10 >= durationMs * 9;
}

} // namespace Leda::FilmTimeline
