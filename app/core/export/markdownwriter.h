#pragma once

#include "core/export/outline.h"

#include <QCoreApplication>

namespace Leda {

// Renders an outline as Markdown, with every character the group typed kept literal (escaped).
class MarkdownWriter final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownWriter)

public:
    static QString write(const Outline &outline);
    static QString escape(const QString &text);
};

} // namespace Leda
