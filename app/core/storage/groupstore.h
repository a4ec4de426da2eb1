#pragma once

#include "core/meeting/record.h"

#include <QCoreApplication>

namespace Leda {

class Database;

// Leadership groups and their members. Several groups can share one file.
class GroupStore final
{
    Q_DECLARE_TR_FUNCTIONS(GroupStore)

public:
    explicit GroupStore(Database &database);

    QList<Group> groups() const;
    Group group(qint64 id) const; // id 0 when there is no such group
    Group groupByName(const QString &name) const;
    qint64 createGroup(const QString &name, const QString &organisation, QString *error); // 0 on failure
    bool updateGroup(const Group &group, QString *error);
    bool removeGroup(qint64 id, QString *error);

    QList<Member> members(qint64 groupId) const;
    qint64 addMember(const Member &member, QString *error);
    bool updateMember(const Member &member, QString *error);
    bool removeMember(qint64 id, QString *error);
    // A member who appears in the record (attendance, next steps, their follow-up) is kept for
    // the minutes: made inactive, not removed. One who never did can be removed.
    bool isMemberUsed(qint64 id) const;
    bool removeUnusedMember(qint64 id, QString *error);
    // A guest becomes a member: the next steps the guest answers for (and their follow-ups)
    // are the new member's from then on. 0 on failure.
    qint64 memberFromGuest(qint64 groupId, const QString &name, QString *error);

private:
    Database &m_database;
};

} // namespace Leda
