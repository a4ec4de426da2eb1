#pragma once

#include <QHash>
#include <QStringList>

namespace Leda::NarrationScript {

// Splits narration into caption-sized pieces: one per sentence, long sentences split at the
// comma nearest their middle. Each piece is spoken separately so its cue timing is exact.
QStringList captionSegments(const QString &narration, int maxChars = 90);

// Greedy word wrap; a word longer than maxChars gets a line of its own.
QStringList wrapWords(const QString &text, int maxChars);

// Words espeak-ng says wrongly, and how to say them: word (lower case) → espeak-ng phonemes.
using Pronunciations = QHash<QString, QString>;

// The text as espeak-ng is to speak it: each listed word replaced by its phonemes ([[…]]); the
// captions keep the written text.
QString spoken(const QString &text, const Pronunciations &pronunciations);

// Reads a pronunciation list: "word<TAB>phonemes" per line, '#' starts a comment. Empty, with
// *error set, when the file cannot be read or a line is not of that form.
Pronunciations readPronunciations(const QString &path, QString *error);

} // namespace Leda::NarrationScript
