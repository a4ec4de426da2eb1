#pragma once

#include "core/content/contentloader.h"
#include "support/testpaths.h"

// The bundled course with the films built for it, loaded once per test program.
inline const Leda::ContentLoader::Result &bundledContent()
{
    static const Leda::ContentLoader::Result result =
        Leda::ContentLoader::load(TestPaths::modules(), TestPaths::films());
    return result;
}
