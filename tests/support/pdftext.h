#pragma once

// Running the tools a user or an archive would use on Leda's files: pdftotext on a PDF.
#include "support/catchqt.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

inline QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
}

// The PDF's text layer, as an archive's search or a screen reader would read it.
inline QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0)
{
    using namespace Qt::StringLiterals;
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    INFO("pdftotext comes with Debian's poppler-utils");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QStringList arguments;
    if (firstPage > 0)
        arguments << u"-f"_s << QString::number(firstPage) << u"-l"_s << QString::number(lastPage);
    arguments << pdf << u"-"_s;
    return runTool(pdftotext, arguments);
}
