#pragma once

#include <QtGlobal>

namespace Leda {

// What became of a write made on the version of a row that was read, when two PCs may write the
// same row at once (a region's server, or two windows): written; not applied because the row
// changed (or was removed) meanwhile, and the row as it is now given back; or it failed.
enum class Saved { Yes, Conflict, Failed };

// The version a plain write is made on: whatever version is there.
constexpr qint64 kAnyVersion = -1;

} // namespace Leda
