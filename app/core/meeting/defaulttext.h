#pragma once

#include <QString>

#include <initializer_list>

namespace Leda {

// Texts Leda writes into a record for the user to edit (the checklist, the agenda's standard
// items) are stored in the language Leda ran in. Until edited, such a text is shown in the
// language Leda runs in now: a record made in Swedish reads in English in the English UI.
namespace DefaultText {

// stored, in the current language when it is one of sources (tr() source texts of context, in
// English or in any language Leda ships); otherwise unchanged. A "%1" in a source matches any
// text, which is carried over (e.g. the film's title in "Film: %1").
QString shown(const char *context, std::initializer_list<const char *> sources, const QString &stored);

} // namespace DefaultText
} // namespace Leda
