#pragma once

#include <QList>
#include <QString>

namespace Leda {

// One thing wrong with the course content, precise enough for a content editor to fix it.
struct ContentProblem
{
    QString moduleFolder; // folder name, or the modules directory itself
    QString field;        // JSON field ("chapters[2].narration"), or the file ("module.json")
    QString reason;       // translated, says what is wrong and what to do

    QString toString() const;
};

using ContentProblems = QList<ContentProblem>;

} // namespace Leda
