#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Leda {

class Database;

// One group's record as a file (NAME.leda) to carry between a laptop, the meeting-room PC and a
// region's server: a zip holding manifest.json (format and schema version, the group's stable
// id, when it was made and from which state, a checksum of the record) and record.json (every row
// of the group with its stable id and the time of its last change, references as stable ids, and
// the ids of removed rows). Importing it into a record that already has the group merges row by
// row: a row changed on one side only takes that side; a row changed on both since they were last
// in step is a conflict, listed, and the newer change wins. A damaged, foreign or newer package is
// refused and changes nothing.
class GroupPackage final
{
    Q_DECLARE_TR_FUNCTIONS(GroupPackage)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kSuffix = "leda";

    struct Manifest
    {
        QString groupUid;
        QString groupName;
        QString organisation;
        QDateTime exportedAt;
        QString basedOn; // when the exporting record was last in step with a package, empty if never
        int schemaVersion = 0;
        int meetings = 0;
        int nextSteps = 0;
        int measures = 0;
        QDate firstMeeting;
        QDate lastMeeting;
    };

    // Writes the group's record to path; afterwards the group counts as in step with the package.
    static bool write(Database &database, qint64 groupId, const QString &path, QString *error);
    // Reads and checks a package; false with *error when it is refused (nothing read).
    static bool read(const QString &path, GroupPackage *package, QString *error);

    const Manifest &manifest() const { return m_manifest; }
    QString path() const { return m_path; }

    // A row both sides changed since they were last in step.
    struct Conflict
    {
        QString what;  // "A next step (meeting 2027-03-04)"
        QString here;  // the row's text in this record
        QString there; // and in the package
        bool packageWins = false;
    };
    struct Outcome
    {
        bool newGroup = false;
        qint64 groupId = 0;
        int added = 0;
        int updated = 0;
        int removed = 0;
        int unchanged = 0;
        QList<Conflict> conflicts;
    };
    // What importing would do, with nothing changed; and the import itself, all or nothing.
    bool preview(Database &database, Outcome *outcome, QString *error) const;
    bool import(Database &database, Outcome *outcome, QString *error) const;

    // The file name a group's package is offered under: its name, made safe for any file system.
    static QString suggestedFileName(const QString &groupName);

private:
    bool merge(Database &database, bool apply, Outcome *outcome, QString *error) const;

    QString m_path;
    Manifest m_manifest;
    QJsonObject m_record;
};

} // namespace Leda
