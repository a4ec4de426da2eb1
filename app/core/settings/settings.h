#pragma once

#include "core/meeting/swedishcalendar.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace Leda {

// Every user setting with its key and default in one place. Tests construct it on a temp file.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings();                                // the user's settings (QSettings defaults)
    explicit Settings(const QString &iniPath); // a given file, for tests

    QString language() const; // "sv" (default) or "en"
    void setLanguage(const QString &language);

    // Black on white with strong frames and focus on the normal pages (Visa › Hög kontrast).
    bool highContrast() const;
    void setHighContrast(bool on);

    bool captionsEnabled() const;
    void setCaptionsEnabled(bool enabled);

    int volume() const; // 0–100
    void setVolume(int volume);

    qint64 lastGroupId() const; // the group chosen last time, 0 for none
    void setLastGroupId(qint64 id);

    // The screen (ScreenInfo::key) the presentation's room view went to last time.
    QString roomScreen() const;
    void setRoomScreen(const QString &name);

    // Which weeks a series plan's dates avoid (public holidays always): summer weeks 27–32 and
    // 23 December–6 January, both by default.
    MeetingDayRules meetingDayRules() const;
    void setMeetingDayRules(const MeetingDayRules &rules);

    void sync();

    static QStringList supportedLanguages();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Leda
