#pragma once

#include "core/meeting/record.h"

#include <QWidget>

class QGridLayout;
class QLineEdit;
class QVBoxLayout;

namespace Leda {

class Autosave;
class GroupStore;
class NextStepStore;

// The leadership group: its name, its unit or organisation, and its members with their role
// level (the dosing model). Everything typed is autosaved. A member who leaves is made
// inactive (kept in the minutes), or removed when never in the record; a guest can be made a
// member.
class GroupPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPage)

public:
    GroupPage(GroupStore &groups, NextStepStore &steps, Autosave &autosave, QWidget *parent = nullptr);

    void setGroup(qint64 groupId);

signals:
    void backRequested();
    void groupRenamed();
    void errorOccurred(const QString &message);

private:
    void addMemberRow(const Member &member, bool focus);
    void fillGuests();
    void saveGroup();

    GroupStore &m_groups;
    NextStepStore &m_steps;
    Autosave &m_autosave;
    Group m_group;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QGridLayout *m_members = nullptr;
    QVBoxLayout *m_guests = nullptr;
    int m_rows = 0;
};

} // namespace Leda
