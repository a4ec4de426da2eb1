#pragma once

#include <QStringList>

namespace Leda::NarrationScript {

// Splits narration into caption-sized pieces: one per sentence, long sentences split at the
// comma nearest their middle. Each piece is spoken separately so its cue timing is exact.
QStringList captionSegments(const QString &narration, int maxChars = 90);

// Greedy word wrap; a word longer than maxChars gets a line of its own.
QStringList wrapWords(const QString &text, int maxChars);

} // namespace Leda::NarrationScript
