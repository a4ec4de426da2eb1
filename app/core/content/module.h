#pragma once

#include <QList>

#include <algorithm>
#include <QString>
#include <QStringList>

namespace Leda {

struct Chapter
{
    QString title;
    QString keySentence;
    QString narration;
    qint64 startMs = -1; // -1 until the film's chapter times are known
};

struct WorksheetPrompt
{
    QString topic;
    QString today;
    QString desired;
    QString nextStep;
};

struct Film
{
    QString videoPath;    // absolute path; may not exist yet (films are built, not committed)
    QString captionsPath; // absolute path to a WebVTT file
    bool generated = true;
    qint64 durationMs = 0; // 0 when unknown
};

struct Module
{
    QString folderName; // e.g. "03-patientens-perspektiv"
    QString folderPath;
    bool available = false;
    QString unavailableReason; // set when !available

    QString id;
    int number = -1;
    QString title;
    QString summary;
    QList<Chapter> chapters;
    QStringList questions;
    // The questions to take first when the process leader has not chosen (indices, from 0); the
    // manifest numbers them from 1, as the facilitator notes do.
    QList<int> recommended;
    QList<WorksheetPrompt> worksheet;
    QStringList literature;
    QStringList facilitatorNotes;
    Film film;
};

struct Course
{
    QList<Module> modules; // sorted by number; unavailable modules included
    const Module *module(const QString &id) const // nullptr when the course has no such module
    {
        const auto found = std::find_if(modules.cbegin(), modules.cend(), [&id](const Module &m) { return m.id == id; });
        return found == modules.cend() ? nullptr : &*found;
    }
    int availableCount() const
    {
        return int(std::count_if(modules.cbegin(), modules.cend(), [](const Module &m) { return m.available; }));
    }
};

} // namespace Leda
