#include "core/meeting/defaulttext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Leda::DefaultText {

namespace {

// Every translation Leda ships, loaded once (not installed: only read here).
const std::vector<std::unique_ptr<QTranslator>> &shipped()
{
    static const std::vector<std::unique_ptr<QTranslator>> translators = [] {
        std::vector<std::unique_ptr<QTranslator>> loaded;
        for (const QString &language : {u"sv"_s, u"en"_s}) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(u":/i18n/leda_%1.qm"_s.arg(language)))
                loaded.push_back(std::move(translator));
        }
        return loaded;
    }();
    return translators;
}

// The text written from a source in some language, with %1 read back as the carried-over part.
bool matches(const QString &written, const QString &stored, QString *argument)
{
    if (!written.contains(u"%1"_s))
        return written == stored;
    const QStringList around = written.split(u"%1"_s);
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(around.value(0)) + u"(.*)"_s
                                     + QRegularExpression::escape(around.value(1)) + u"$"_s,
                                     QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(stored);
    if (match.hasMatch())
        *argument = match.captured(1);
    return match.hasMatch();
}

} // namespace

QString shown(const char *context, std::initializer_list<const char *> sources, const QString &stored)
{
    for (const char *source : sources) {
        QStringList writtenForms{QString::fromUtf8(source)};
        for (const auto &translator : shipped()) {
            const QString translated = translator->translate(context, source);
            if (!translated.isEmpty())
                writtenForms.append(translated);
        }
        for (const QString &written : std::as_const(writtenForms)) {
            QString argument;
            if (matches(written, stored, &argument)) {
                const QString now = QCoreApplication::translate(context, source);
                return now.contains(u"%1"_s) ? now.arg(argument) : now;
            }
        }
    }
    return stored;
}

} // namespace Leda::DefaultText
