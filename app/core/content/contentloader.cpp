#include "core/content/contentloader.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// Collects the problems of one manifest, each with the module folder and the field.
class ManifestReader
{
public:
    ManifestReader(QString folderName, ContentProblems *problems)
        : m_folderName(std::move(folderName))
        , m_problems(problems)
    {
    }

    void report(const QString &field, const QString &reason)
    {
        ++m_count;
        if (m_firstReason.isEmpty())
            m_firstReason = field.isEmpty() ? reason : field + u": "_s + reason;
        if (m_problems)
            m_problems->append({m_folderName, field, reason});
    }

    // Every text has a limit: a 5 MB summary froze Leda while its label was laid out.
    QString text(const QJsonObject &object, const QString &key, const QString &field, bool required,
                 int maxLength = kDefaultMaxLength)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                report(field, ContentLoader::tr("required field is missing"));
            return {};
        }
        if (!value.isString()) {
            report(field, ContentLoader::tr("must be text"));
            return {};
        }
        const QString result = value.toString().trimmed();
        if (required && result.isEmpty())
            report(field, ContentLoader::tr("must not be empty"));
        if (result.size() > maxLength) {
            report(field, ContentLoader::tr("too long: %1 characters, at most %2").arg(result.size()).arg(maxLength));
            return result.left(maxLength);
        }
        return result;
    }

    QJsonArray array(const QJsonObject &object, const QString &key, bool required, int minimum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                report(key, ContentLoader::tr("required field is missing"));
            return {};
        }
        if (!value.isArray()) {
            report(key, ContentLoader::tr("must be a list"));
            return {};
        }
        const QJsonArray result = value.toArray();
        if (result.size() < minimum)
            report(key, ContentLoader::tr("needs at least %n entries", nullptr, minimum));
        return result;
    }

    QStringList texts(const QJsonObject &object, const QString &key, bool required, int minimum,
                      int maxLength = kDefaultMaxLength)
    {
        QStringList result;
        const QJsonArray items = array(object, key, required, minimum);
        if (items.size() > kMaxEntries)
            report(key, ContentLoader::tr("too many entries: %1, at most %2").arg(items.size()).arg(kMaxEntries));
        for (qsizetype i = 0; i < items.size() && i < kMaxEntries; ++i) {
            const QString field = u"%1[%2]"_s.arg(key).arg(i);
            const QString item = items.at(i).toString().trimmed();
            if (!items.at(i).isString() || item.isEmpty())
                report(field, ContentLoader::tr("must be non-empty text"));
            else if (item.size() > maxLength)
                report(field, ContentLoader::tr("too long: %1 characters, at most %2").arg(item.size()).arg(maxLength));
            else
                result.append(item);
        }
        return result;
    }

    static constexpr int kDefaultMaxLength = 2'000;
    static constexpr int kMaxEntries = 50;

    int count() const { return m_count; }
    QString firstReason() const { return m_firstReason; }

private:
    QString m_folderName;
    ContentProblems *m_problems;
    int m_count = 0;
    QString m_firstReason;
};

QList<qint64> readChapterStarts(const QJsonArray &array)
{
    QList<qint64> starts;
    for (const QJsonValue &value : array)
        starts.append(qRound64(value.toDouble(-1) * 1000.0));
    return starts;
}

// Generated films come with film.json: {"durationMs": …, "chapterStartsMs": […]}.
void applyGeneratedFilmInfo(Module &module, const QString &filmDir)
{
    module.film.generated = true;
    module.film.videoPath = filmDir + u"/film.webm"_s;
    module.film.captionsPath = filmDir + u"/film.vtt"_s;
    QFile info(filmDir + u"/film.json"_s);
    if (!info.open(QIODevice::ReadOnly))
        return; // not generated yet: the player says so when the film is opened
    const QJsonObject object = QJsonDocument::fromJson(info.readAll()).object();
    module.film.durationMs = object.value(u"durationMs"_s).toInteger();
    const QJsonArray starts = object.value(u"chapterStartsMs"_s).toArray();
    for (qsizetype i = 0; i < module.chapters.size() && i < starts.size(); ++i)
        module.chapters[i].startMs = starts.at(i).toInteger(-1);
}

} // namespace

Module ContentLoader::parseManifest(const QJsonObject &manifest, const QString &folderPath, const QString &filmsDir,
                                    ContentProblems *problems)
{
    Module module;
    module.folderPath = QDir::cleanPath(folderPath);
    module.folderName = QFileInfo(module.folderPath).fileName();
    ManifestReader reader(module.folderName, problems);

    const QJsonValue version = manifest.value(u"formatVersion"_s);
    if (version.isUndefined())
        reader.report(u"formatVersion"_s, tr("required field is missing"));
    else if (version.toInt(-1) != kFormatVersion)
        reader.report(u"formatVersion"_s, tr("unsupported version %1; this Leda reads version %2")
                                              .arg(version.toVariant().toString())
                                              .arg(kFormatVersion));

    module.id = reader.text(manifest, u"id"_s, u"id"_s, true);
    static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (!module.id.isEmpty() && !idPattern.match(module.id).hasMatch())
        reader.report(u"id"_s, tr("use only lower-case letters a–z, digits and hyphens"));

    const QJsonValue number = manifest.value(u"number"_s);
    if (number.isUndefined())
        reader.report(u"number"_s, tr("required field is missing"));
    else if (!number.isDouble() || number.toInt(-1) < 0 || number.toDouble() != number.toInt())
        reader.report(u"number"_s, tr("must be a whole number, 0 or more"));
    else
        module.number = number.toInt();
    // A folder named for its number ("05-…") and a number that disagrees would order the course
    // one way on disk and another in Leda.
    static const QRegularExpression folderNumber(u"^(\\d+)-"_s);
    if (const auto match = folderNumber.match(module.folderName); match.hasMatch() && module.number >= 0
        && match.captured(1).toInt() != module.number) {
        reader.report(u"number"_s, tr("is %1, but the folder %2 says %3; make them agree")
                                       .arg(module.number)
                                       .arg(module.folderName)
                                       .arg(match.captured(1).toInt()));
        module.number = -1;
    }

    module.title = reader.text(manifest, u"title"_s, u"title"_s, true, 200);
    module.summary = reader.text(manifest, u"summary"_s, u"summary"_s, true);

    const QJsonArray chapters = reader.array(manifest, u"chapters"_s, true, 1);
    if (chapters.size() > 8)
        reader.report(u"chapters"_s, tr("at most 8 chapters"));
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const QString prefix = u"chapters[%1]"_s.arg(i);
        if (!chapters.at(i).isObject()) {
            reader.report(prefix, tr("must be an object with title and narration"));
            continue;
        }
        const QJsonObject object = chapters.at(i).toObject();
        Chapter chapter;
        chapter.title = reader.text(object, u"title"_s, prefix + u".title"_s, true, 200);
        chapter.keySentence = reader.text(object, u"keySentence"_s, prefix + u".keySentence"_s, false);
        chapter.narration = reader.text(object, u"narration"_s, prefix + u".narration"_s, true, 20'000);
        module.chapters.append(chapter);
    }

    module.questions = reader.texts(manifest, u"questions"_s, true, 1);
    const QJsonValue recommended = manifest.value(u"recommended"_s);
    if (!recommended.isUndefined()) {
        const QJsonArray numbers = recommended.toArray();
        if (!recommended.isArray() || numbers.isEmpty())
            reader.report(u"recommended"_s, tr("must be a list of question numbers, e.g. [1, 3, 4]"));
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const int number = numbers.at(i).toInt(0);
            if (number < 1 || number > module.questions.size() || numbers.at(i).toDouble() != number
                || module.recommended.contains(number - 1))
                reader.report(u"recommended[%1]"_s.arg(i),
                              tr("must be the number of one of the %n question(s), each once", nullptr,
                                 int(module.questions.size())));
            else
                module.recommended.append(number - 1);
        }
    }

    const QJsonArray worksheet = reader.array(manifest, u"worksheet"_s, true, 1);
    for (qsizetype i = 0; i < worksheet.size(); ++i) {
        const QString prefix = u"worksheet[%1]"_s.arg(i);
        const QJsonObject object = worksheet.at(i).toObject();
        WorksheetPrompt prompt;
        prompt.topic = reader.text(object, u"topic"_s, prefix + u".topic"_s, true);
        prompt.today = reader.text(object, u"today"_s, prefix + u".today"_s, true);
        prompt.desired = reader.text(object, u"desired"_s, prefix + u".desired"_s, true);
        prompt.nextStep = reader.text(object, u"nextStep"_s, prefix + u".nextStep"_s, true);
        module.worksheet.append(prompt);
    }

    module.literature = reader.texts(manifest, u"literature"_s, false, 0);
    module.facilitatorNotes = reader.texts(manifest, u"facilitatorNotes"_s, false, 0, 4'000);

    const QJsonValue film = manifest.value(u"film"_s);
    if (film.isUndefined()) {
        applyGeneratedFilmInfo(module, QDir(filmsDir).filePath(module.folderName));
    } else if (!film.isObject()) {
        reader.report(u"film"_s, tr("must be an object with video and captions"));
    } else {
        const QJsonObject object = film.toObject();
        const QDir folder(module.folderPath);
        module.film.generated = false;
        const QString video = reader.text(object, u"video"_s, u"film.video"_s, true);
        const QString captions = reader.text(object, u"captions"_s, u"film.captions"_s, true);
        if (!video.isEmpty()) {
            module.film.videoPath = QDir::cleanPath(folder.absoluteFilePath(video));
            if (!QFileInfo(module.film.videoPath).isFile())
                reader.report(u"film.video"_s, tr("the film %1 does not exist; put the file in the module folder "
                                                  "or correct the name")
                                                   .arg(QDir::toNativeSeparators(module.film.videoPath)));
        }
        if (!captions.isEmpty()) {
            module.film.captionsPath = QDir::cleanPath(folder.absoluteFilePath(captions));
            if (!QFileInfo(module.film.captionsPath).isFile())
                reader.report(u"film.captions"_s, tr("the captions file %1 does not exist")
                                                      .arg(QDir::toNativeSeparators(module.film.captionsPath)));
        }
        const QList<qint64> starts = readChapterStarts(object.value(u"chapterStarts"_s).toArray());
        if (starts.size() != module.chapters.size()) {
            reader.report(u"film.chapterStarts"_s,
                          tr("give one start time in seconds per chapter (%n chapters)", nullptr,
                             int(module.chapters.size())));
        } else {
            for (qsizetype i = 0; i < starts.size(); ++i) {
                if (starts.at(i) < 0 || (i > 0 && starts.at(i) <= starts.at(i - 1))) {
                    reader.report(u"film.chapterStarts[%1]"_s.arg(i), tr("start times must be 0 or more and rising"));
                    break;
                }
                module.chapters[i].startMs = starts.at(i);
            }
        }
    }

    module.available = reader.count() == 0;
    module.unavailableReason = reader.firstReason();
    return module;
}

Module ContentLoader::loadModule(const QString &folderPath, const QString &filmsDir, ContentProblems *problems)
{
    const QString manifestPath = QDir(folderPath).filePath(QString::fromLatin1(kManifestName));
    const QString folderName = QFileInfo(QDir::cleanPath(folderPath)).fileName();
    auto unavailable = [&](const QString &reason) {
        Module module;
        module.folderPath = QDir::cleanPath(folderPath);
        module.folderName = folderName;
        module.title = folderName;
        module.unavailableReason = QString::fromLatin1(kManifestName) + u": "_s + reason;
        if (problems)
            problems->append({folderName, QString::fromLatin1(kManifestName), reason});
        return module;
    };

    QFile file(manifestPath);
    const QFileInfo info(manifestPath);
    if (info.isSymLink() && !info.exists())
        return unavailable(tr("is a link that leads nowhere (or back to itself); put the file itself there"));
    if (!info.exists())
        return unavailable(tr("the file is missing; every module folder needs one"));
    if (info.isDir())
        return unavailable(tr("is a folder, not a file; put the module's description there"));
    constexpr qint64 kMaxManifestBytes = 1024 * 1024;
    if (info.size() > kMaxManifestBytes)
        return unavailable(tr("is too large (%1 kB); a module's description is at most %2 kB")
                               .arg(info.size() / 1024)
                               .arg(kMaxManifestBytes / 1024));
    if (!file.open(QIODevice::ReadOnly))
        return unavailable(tr("cannot be read (%1); check the file's permissions").arg(file.errorString()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return unavailable(tr("is not valid JSON: %1 at character %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    }
    if (!document.isObject())
        return unavailable(tr("must contain a JSON object"));
    return parseManifest(document.object(), folderPath, filmsDir, problems);
}

ContentLoader::Result ContentLoader::load(const QString &modulesDir, const QString &filmsDir)
{
    Result result;
    const QDir dir(modulesDir);
    if (!dir.exists()) {
        result.problems.append({QDir::toNativeSeparators(modulesDir), {},
                                tr("the modules folder does not exist; start Leda with --modules FOLDER")});
        return result;
    }

    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QHash<QString, QString> folderById;
    QHash<int, QString> folderByNumber;
    for (const QString &folder : folders) {
        Module module = loadModule(dir.filePath(folder), filmsDir, &result.problems);
        auto markDuplicate = [&](const QString &field, const QString &otherFolder) {
            const QString reason = tr("the same %1 as the module in %2; each module needs its own")
                                       .arg(field, otherFolder);
            result.problems.append({module.folderName, field, reason});
            if (module.available) {
                module.available = false;
                module.unavailableReason = field + u": "_s + reason;
            }
        };
        if (!module.id.isEmpty()) {
            if (folderById.contains(module.id))
                markDuplicate(u"id"_s, folderById.value(module.id));
            else
                folderById.insert(module.id, module.folderName);
        }
        if (module.number >= 0) {
            if (folderByNumber.contains(module.number))
                markDuplicate(u"number"_s, folderByNumber.value(module.number));
            else
                folderByNumber.insert(module.number, module.folderName);
        }
        if (!module.available)
            qCWarning(lcContent) << "Module unavailable:" << module.folderName << module.unavailableReason;
        result.course.modules.append(module);
    }

    // Unnumbered (broken) modules go last, in folder order.
    std::stable_sort(result.course.modules.begin(), result.course.modules.end(), [](const Module &a, const Module &b) {
        const int left = a.number < 0 ? std::numeric_limits<int>::max() : a.number;
        const int right = b.number < 0 ? std::numeric_limits<int>::max() : b.number;
        return left < right;
    });
    return result;
}

} // namespace Leda
