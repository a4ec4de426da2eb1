#pragma once

#include <QString>

// Autosave keys for edits that more than one editor makes (the meeting page and the
// presentation): the same key, so that a later edit replaces a queued earlier one.
namespace Leda::AutosaveKey {

inline QString questionNote(const QString &moduleId, int questionIndex)
{
    return QStringLiteral("question/%1/%2").arg(moduleId).arg(questionIndex);
}

inline QString nextStep(qint64 id)
{
    return QStringLiteral("nextstep/%1").arg(id);
}

} // namespace Leda::AutosaveKey
