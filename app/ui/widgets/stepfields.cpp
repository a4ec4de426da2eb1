#include "ui/widgets/stepfields.h"

#include "core/meeting/dateinput.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>

namespace Leda {

QComboBox *StepFields::ownerChooser(const QList<Member> &members, qint64 ownerId, const QString &objectName)
{
    auto *owner = new QComboBox;
    owner->setObjectName(objectName);
    owner->setEditable(true);
    owner->setInsertPolicy(QComboBox::NoInsert);
    owner->setAccessibleName(tr("Responsible"));
    owner->addItem(QString(), qint64(0));
    for (const Member &member : members) {
        if (member.active || member.id == ownerId)
            owner->addItem(member.name, member.id);
    }
    owner->lineEdit()->setPlaceholderText(tr("Responsible"));
    // Typing the start of a name completes it in the field (no pop-up to take the keys).
    owner->completer()->setCompletionMode(QCompleter::InlineCompletion);
    owner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    owner->setCurrentIndex(qMax(0, owner->findData(ownerId)));
    return owner;
}

qint64 StepFields::chosenOwner(const QComboBox *owner, const QList<Member> &members, QString *error)
{
    const QString typed = owner->currentText().trimmed();
    if (typed.isEmpty())
        return 0;
    for (const Member &member : members) {
        if (member.name.compare(typed, Qt::CaseInsensitive) == 0)
            return member.id;
    }
    *error = tr("%1 is not a member of the group. Choose a name from the list, or add the person under Group.")
                 .arg(typed);
    return 0;
}

QLineEdit *StepFields::dateField(const QDate &date, const QString &objectName)
{
    // ISO, which DateInput reads back in every language (a short US date would not be).
    auto *due = new QLineEdit(date.isValid() ? date.toString(Qt::ISODate) : QString());
    due->setObjectName(objectName);
    due->setAccessibleName(tr("Done by"));
    due->setPlaceholderText(DateInput::hint());
    return due;
}

QDate StepFields::typedDate(const QLineEdit *field, QString *error)
{
    const DateInput::Result parsed = DateInput::parse(field->text(), QDate::currentDate());
    if (!parsed.error.isEmpty())
        *error = parsed.error;
    return parsed.date;
}

QDateEdit *StepFields::dateEdit(QWidget *parent, const QString &objectName)
{
    auto *date = new QDateEdit(parent);
    date->setObjectName(objectName);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    return date;
}

QString StepFields::memberName(const QList<Member> &members, qint64 id)
{
    for (const Member &member : members) {
        if (member.id == id)
            return member.name;
    }
    return {};
}

} // namespace Leda
