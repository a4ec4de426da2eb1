#include "ui/group/grouppage.h"
#include "ui/widgets/layouts.h"

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/groupstore.h"
#include "core/storage/nextstepstore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSet>
#include <QToolButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

GroupPage::GroupPage(GroupStore &groups, NextStepStore &steps, Autosave &autosave, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups)
    , m_steps(steps)
    , m_autosave(autosave)
{
    setObjectName(u"groupPage"_s);
    auto *back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Meetings"), this);
    markReadOnlySafe(back);
    back->setObjectName(u"groupBackButton"_s);
    connect(back, &QPushButton::clicked, this, [this] {
        m_autosave.flush();
        emit backRequested();
    });
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"groupName"_s);
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(u"groupOrganisation"_s);
    m_organisation->setPlaceholderText(tr("For example: Medicinkliniken, Region Östergötland"));
    connect(m_name, &QLineEdit::textEdited, this, &GroupPage::saveGroup);
    connect(m_organisation, &QLineEdit::textEdited, this, &GroupPage::saveGroup);

    auto *form = new QFormLayout;
    form->addRow(tr("Name of the group"), m_name);
    form->addRow(tr("Unit or organisation"), m_organisation);

    m_members = new QGridLayout;
    auto *add = new QPushButton(tr("Add member"), this);
    add->setObjectName(u"addMemberButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        Member member;
        member.groupId = m_group.id;
        QString error;
        member.id = m_groups.addMember(member, &error);
        if (member.id == 0)
            emit errorOccurred(error);
        else
            addMemberRow(member, true);
    });

    auto *title = new QLabel(tr("Group and members"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto *hint = new QLabel(tr("The role level follows the dosing model: everyone needs improvement knowledge, but "
                               "not the same dose."),
                            this);
    hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addLayout(m_members);
    layout->addWidget(add, 0, Qt::AlignLeft);
    m_guests = new QVBoxLayout;
    layout->addLayout(m_guests);
    layout->addStretch(1);
}

void GroupPage::setGroup(qint64 groupId)
{
    m_autosave.flush();
    m_group = m_groups.group(groupId);
    m_name->setText(m_group.name);
    m_organisation->setText(m_group.organisation);
    // Later: setGroup runs from a click on a button in these rows (remove, make a member).
    clearLayoutLater(m_members);
    m_rows = 0;
    const QStringList headings{tr("Member"), tr("Title"), tr("E-mail (for invitations)"), tr("Role level"),
                               tr("Active"), QString()};
    for (int c = 0; c < headings.size(); ++c) {
        auto *heading = new QLabel(u"<b>%1</b>"_s.arg(headings.at(c).toHtmlEscaped()), this);
        m_members->addWidget(heading, 0, c);
    }
    const QList<Member> members = m_groups.members(groupId);
    for (const Member &member : members)
        addMemberRow(member, false);
    fillGuests();
}

void GroupPage::fillGuests()
{
    // Guests of the group's meetings and those named as owners of next steps, who are not members.
    clearLayoutLater(m_guests);
    QSet<QString> members;
    for (const Member &member : m_groups.members(m_group.id))
        members.insert(member.name.trimmed().toLower());
    QStringList guests = m_steps.guestOwners(m_group.id);
    guests.removeIf([&members](const QString &guest) { return members.contains(guest.toLower()); });
    if (guests.isEmpty())
        return;
    m_guests->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Guests who have taken part").toHtmlEscaped()), this));
    for (const QString &guest : std::as_const(guests)) {
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(guest, this));
        auto *make = new QPushButton(tr("Make a member"), this);
        make->setObjectName(u"makeMember_%1"_s.arg(guest));
        make->setAccessibleName(tr("Make %1 a member").arg(guest));
        connect(make, &QPushButton::clicked, this, [this, guest] {
            m_autosave.flush();
            QString error;
            if (m_groups.memberFromGuest(m_group.id, guest, &error) == 0) {
                emit errorOccurred(error);
                return;
            }
            setGroup(m_group.id);
        });
        row->addWidget(make);
        row->addStretch(1);
        m_guests->addLayout(row);
    }
}

void GroupPage::saveGroup()
{
    m_group.name = m_name->text().trimmed().isEmpty() ? m_group.name : m_name->text().trimmed();
    m_group.organisation = m_organisation->text();
    m_autosave.queue(AutosaveKey::group(m_group.id),
                     [this, group = m_group](QString *error) { return m_groups.updateGroup(group, error); });
    emit groupRenamed();
}

void GroupPage::addMemberRow(const Member &member, bool focus)
{
    const int row = ++m_rows;
    auto *name = new QLineEdit(member.name, this);
    name->setObjectName(u"memberName_%1"_s.arg(member.id));
    name->setPlaceholderText(tr("Name"));
    name->setAccessibleName(tr("Name"));
    auto *title = new QLineEdit(member.title, this);
    title->setObjectName(u"memberTitle_%1"_s.arg(member.id));
    title->setPlaceholderText(tr("e.g. head of unit"));
    title->setAccessibleName(tr("Title"));
    auto *email = new QLineEdit(member.email, this);
    email->setObjectName(u"memberEmail_%1"_s.arg(member.id));
    email->setPlaceholderText(tr("name@region.se"));
    email->setAccessibleName(tr("E-mail"));
    auto *role = new QComboBox(this);
    role->setObjectName(u"memberRole_%1"_s.arg(member.id));
    for (RoleLevel level : RecordNames::roles())
        role->addItem(RecordNames::name(level), int(level));
    role->setCurrentIndex(role->findData(int(member.role)));
    auto *active = new QCheckBox(this);
    active->setObjectName(u"memberActive_%1"_s.arg(member.id));
    active->setChecked(member.active);
    active->setAccessibleName(tr("Active"));
    auto save = [this, member, name, title, email, role, active] {
        Member updated = member;
        updated.name = name->text();
        updated.title = title->text();
        updated.email = email->text().trimmed();
        updated.role = RoleLevel(role->currentData().toInt());
        updated.active = active->isChecked();
        m_autosave.queue(AutosaveKey::member(member.id),
                         [this, updated](QString *error) { return m_groups.updateMember(updated, error); });
    };
    connect(name, &QLineEdit::textEdited, this, save);
    connect(title, &QLineEdit::textEdited, this, save);
    connect(email, &QLineEdit::textEdited, this, save);
    connect(role, &QComboBox::activated, this, save);
    connect(active, &QCheckBox::toggled, this, save);
    // Removed only when never in the record; else kept for the minutes, made inactive.
    auto *remove = new QToolButton(this);
    remove->setObjectName(u"removeMember_%1"_s.arg(member.id));
    remove->setText(u"×"_s);
    remove->setAccessibleName(tr("Remove the member"));
    const bool used = m_groups.isMemberUsed(member.id);
    remove->setEnabled(!used);
    remove->setToolTip(used ? tr("In the minutes already: untick Active instead, and the member stays in the old "
                                 "minutes.")
                            : tr("Remove the member (never in the record)"));
    connect(remove, &QToolButton::clicked, this, [this, id = member.id] {
        m_autosave.flush();
        QString error;
        if (!m_groups.removeUnusedMember(id, &error)) {
            emit errorOccurred(error);
            return;
        }
        setGroup(m_group.id);
    });
    m_members->addWidget(name, row, 0);
    m_members->addWidget(title, row, 1);
    m_members->addWidget(email, row, 2);
    m_members->addWidget(role, row, 3);
    m_members->addWidget(active, row, 4);
    m_members->addWidget(remove, row, 5);
    if (focus) {
        for (QWidget *widget : std::initializer_list<QWidget *>{name, title, email, role, active})
            widget->show(); // a layout shows new children only later; focus needs them visible now
        name->setFocus();
    }
}

} // namespace Leda
