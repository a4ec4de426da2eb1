#include "core/storage/groupstore.h"

#include "core/storage/database.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

Group readGroup(SqlStatement &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

} // namespace

GroupStore::GroupStore(Database &database)
    : m_database(database)
{
}

QList<Group> GroupStore::groups() const
{
    QList<Group> result;
    SqlStatement query(m_database, u"SELECT id, name, organisation FROM groups ORDER BY lower(name), id"_s);
    if (query.exec(nullptr)) {
        while (query.next())
            result.append(readGroup(query));
    }
    return result;
}

Group GroupStore::group(qint64 id) const
{
    SqlStatement query(m_database, u"SELECT id, name, organisation FROM groups WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    return query.exec(nullptr) && query.next() ? readGroup(query) : Group{};
}

Group GroupStore::groupByName(const QString &name) const
{
    SqlStatement query(m_database, u"SELECT id, name, organisation FROM groups WHERE name = :name ORDER BY id"_s);
    query.bind(u":name"_s, name);
    return query.exec(nullptr) && query.next() ? readGroup(query) : Group{};
}

qint64 GroupStore::createGroup(const QString &name, const QString &organisation, QString *error)
{
    SqlStatement query(m_database, u"INSERT INTO groups (name, organisation, created_at) VALUES (:name, :org, :at) RETURNING id"_s);
    query.bind(u":name"_s, name).bind(u":org"_s, organisation).bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return query.exec(error) ? query.insertedId() : 0;
}

bool GroupStore::updateGroup(const Group &group, QString *error)
{
    SqlStatement query(m_database, u"UPDATE groups SET name = :name, organisation = :org WHERE id = :id"_s);
    query.bind(u":name"_s, group.name).bind(u":org"_s, group.organisation).bind(u":id"_s, group.id);
    return query.exec(error);
}

bool GroupStore::removeGroup(qint64 id, QString *error)
{
    Transaction change(m_database);
    return SearchIndex(m_database).dropGroup(id, error) && SqlStatement::removeRow(m_database, u"groups"_s, id, error)
        && change.commit(error);
}

QList<Member> GroupStore::members(qint64 groupId) const
{
    QList<Member> result;
    SqlStatement query(m_database, u"SELECT id, group_id, name, role_level, active, title, email FROM members "
                                   "WHERE group_id = :group ORDER BY id"_s);
    query.bind(u":group"_s, groupId);
    if (query.exec(nullptr)) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                           RecordNames::roleFromKey(query.value(3).toString()), query.value(4).toBool(),
                           query.value(5).toString(), query.value(6).toString()});
        }
    }
    return result;
}

qint64 GroupStore::addMember(const Member &member, QString *error)
{
    SqlStatement query(m_database, u"INSERT INTO members (group_id, name, role_level, active, title, email) "
                                   "VALUES (:group, :name, :role, :active, :title, :email) RETURNING id"_s);
    query.bind(u":group"_s, member.groupId)
        .bind(u":name"_s, member.name)
        .bind(u":role"_s, RecordNames::key(member.role))
        .bind(u":active"_s, member.active)
        .bind(u":title"_s, member.title)
        .bind(u":email"_s, member.email);
    return query.exec(error) ? query.insertedId() : 0;
}

bool GroupStore::updateMember(const Member &member, QString *error)
{
    SqlStatement query(m_database,
                       u"UPDATE members SET name = :name, role_level = :role, active = :active, title = :title, "
                       "email = :email WHERE id = :id"_s);
    query.bind(u":name"_s, member.name)
        .bind(u":role"_s, RecordNames::key(member.role))
        .bind(u":active"_s, member.active)
        .bind(u":title"_s, member.title)
        .bind(u":email"_s, member.email)
        .bind(u":id"_s, member.id);
    return query.exec(error);
}

bool GroupStore::removeMember(qint64 id, QString *error)
{
    return SqlStatement::removeRow(m_database, u"members"_s, id, error);
}

bool GroupStore::isMemberUsed(qint64 id) const
{
    SqlStatement query(m_database, u"SELECT EXISTS (SELECT 1 FROM attendance WHERE member_id = :id) "
                                   "OR EXISTS (SELECT 1 FROM next_steps WHERE owner_member_id = :id) "
                                   "OR EXISTS (SELECT 1 FROM next_step_reviews WHERE new_owner_member_id = :id "
                                   "OR previous_owner_member_id = :id)"_s);
    query.bind(u":id"_s, id);
    return !query.exec(nullptr) || !query.next() || query.value(0).toBool(); // unsure: kept
}

bool GroupStore::removeUnusedMember(qint64 id, QString *error)
{
    if (isMemberUsed(id)) {
        *error = tr("The member appears in the minutes and is kept; make the member inactive instead.");
        return false;
    }
    return removeMember(id, error);
}

qint64 GroupStore::memberFromGuest(qint64 groupId, const QString &name, QString *error)
{
    Transaction change(m_database);
    Member member;
    member.groupId = groupId;
    member.name = name.trimmed();
    const qint64 id = addMember(member, error);
    if (id == 0)
        return 0;
    const QList<QString> moves{
        u"UPDATE next_steps SET owner_member_id = :id, owner_name = '' "
        "WHERE group_id = :group AND owner_member_id IS NULL AND owner_name = :name"_s,
        u"UPDATE next_step_reviews SET new_owner_member_id = :id, new_owner_name = '' "
        "WHERE new_owner_member_id IS NULL AND new_owner_name = :name "
        "AND next_step_id IN (SELECT id FROM next_steps WHERE group_id = :group)"_s,
        u"UPDATE next_step_reviews SET previous_owner_member_id = :id, previous_owner_name = '' "
        "WHERE previous_owner_member_id IS NULL AND previous_owner_name = :name "
        "AND next_step_id IN (SELECT id FROM next_steps WHERE group_id = :group)"_s};
    for (const QString &sql : moves) {
        SqlStatement move(m_database, sql);
        move.bind(u":id"_s, id).bind(u":group"_s, groupId).bind(u":name"_s, member.name);
        if (!move.exec(error))
            return 0;
    }
    return change.commit(error) ? id : 0;
}

} // namespace Leda
