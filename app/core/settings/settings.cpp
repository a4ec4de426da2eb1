#include "core/settings/settings.h"

using namespace Qt::StringLiterals;

namespace Leda {

namespace {
const auto kLanguage = u"ui/language"_s;
const auto kCaptions = u"player/captions"_s;
const auto kVolume = u"player/volume"_s;
const auto kLastGroup = u"record/lastGroup"_s;
const auto kRoomScreen = u"presentation/roomScreen"_s;
const auto kSkipSummer = u"plan/skipSummer"_s;
const auto kSkipChristmas = u"plan/skipChristmas"_s;
const auto kHighContrast = u"ui/highContrast"_s;
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QStringList Settings::supportedLanguages()
{
    return {u"sv"_s, u"en"_s};
}

QString Settings::language() const
{
    const QString language = m_settings->value(kLanguage, u"sv"_s).toString();
    return supportedLanguages().contains(language) ? language : u"sv"_s;
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

MeetingDayRules Settings::meetingDayRules() const
{
    MeetingDayRules rules;
    rules.skipSummer = m_settings->value(kSkipSummer, rules.skipSummer).toBool();
    rules.skipChristmas = m_settings->value(kSkipChristmas, rules.skipChristmas).toBool();
    return rules;
}

void Settings::setMeetingDayRules(const MeetingDayRules &rules)
{
    m_settings->setValue(kSkipSummer, rules.skipSummer);
    m_settings->setValue(kSkipChristmas, rules.skipChristmas);
}

bool Settings::highContrast() const
{
    return m_settings->value(kHighContrast, false).toBool();
}

void Settings::setHighContrast(bool on)
{
    m_settings->setValue(kHighContrast, on);
}

bool Settings::captionsEnabled() const
{
    return m_settings->value(kCaptions, true).toBool();
}

void Settings::setCaptionsEnabled(bool enabled)
{
    m_settings->setValue(kCaptions, enabled);
}

int Settings::volume() const
{
    return qBound(0, m_settings->value(kVolume, 80).toInt(), 100);
}

void Settings::setVolume(int volume)
{
    m_settings->setValue(kVolume, qBound(0, volume, 100));
}

qint64 Settings::lastGroupId() const
{
    return m_settings->value(kLastGroup, 0).toLongLong();
}

void Settings::setLastGroupId(qint64 id)
{
    m_settings->setValue(kLastGroup, id);
}

QString Settings::roomScreen() const
{
    return m_settings->value(kRoomScreen).toString();
}

void Settings::setRoomScreen(const QString &name)
{
    m_settings->setValue(kRoomScreen, name);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Leda
