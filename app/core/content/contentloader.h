#pragma once

#include "core/content/contentproblem.h"
#include "core/content/module.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Leda {

// Reads the course from a modules directory (one folder per module, each with module.json),
// validates every manifest and resolves each module's film. A broken module stays in the
// course as unavailable, with the reason; the rest of the course still loads.
class ContentLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    struct Result
    {
        Course course;
        ContentProblems problems;
    };

    // filmsDir holds generated films as <filmsDir>/<module folder>/film.webm|.vtt|.json.
    static Result load(const QString &modulesDir, const QString &filmsDir);
    static Module loadModule(const QString &folderPath, const QString &filmsDir, ContentProblems *problems);

    // Parses a manifest that is already in memory; problems name folderName.
    static Module parseManifest(const QJsonObject &manifest, const QString &folderPath, const QString &filmsDir,
                                ContentProblems *problems);

    static constexpr int kFormatVersion = 1;
    static constexpr auto kManifestName = "module.json";
};

} // namespace Leda
