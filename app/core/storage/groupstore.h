#pragma once

#include "core/meeting/record.h"

namespace Leda {

class Database;

// Leadership groups and their members. Several groups can share one file.
class GroupStore final
{
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

private:
    Database &m_database;
};

} // namespace Leda
