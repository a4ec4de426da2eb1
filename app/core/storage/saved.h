#pragma once

#include "core/meeting/record.h"

#include <QString>
#include <QtGlobal>

#include <functional>

namespace Leda {

// What became of a write made on the version of a row that was read, when two PCs may write the
// same row at once (a region's server, or two windows): written; not applied because the row
// changed (or was removed) meanwhile, and the row as it is now given back; or it failed.
enum class Saved { Yes, Conflict, Failed };

// The version a plain write is made on: whatever version is there.
constexpr qint64 kAnyVersion = -1;

// A write of a text on *version. Conflict gives back the text saved meanwhile and its version (in
// *text and *version).
using VersionedTextWrite = std::function<Saved(QString *text, qint64 *version, QString *error)>;

// The write, and when another writer saved the text meanwhile, both kept (keepBoth, the saved one
// first) on the version there now: for writers nobody can ask (the room, an editor since closed).
// *text is then what is saved.
inline Saved writeKeepingBoth(const VersionedTextWrite &write, QString *text, qint64 *version, QString *error)
{
    const QString mine = *text;
    const Saved saved = write(text, version, error);
    if (saved != Saved::Conflict)
        return saved;
    *text = keepBoth(*text, mine);
    const Saved again = write(text, version, error);
    return again == Saved::Conflict ? Saved::Failed : again; // changed once more: tried again later
}

} // namespace Leda
