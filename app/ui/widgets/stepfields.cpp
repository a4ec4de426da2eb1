#include "ui/widgets/stepfields.h"

#include "core/meeting/dateinput.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// QDateEdit moves on to the next section when one is full, and once more on a typed separator,
// so "2027-02-15" became 2027-12-02. A separator typed right after such a move is swallowed.
class SeparatorAfterFullSection final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QDateTimeEdit *>(watched);
        if (!edit || event->type() != QEvent::KeyPress)
            return false;
        const QString text = static_cast<QKeyEvent *>(event)->text();
        static const char *const kMovedOn = "ledaMovedOn";
        if (text.size() == 1 && text.at(0).isDigit()) {
            const int before = edit->currentSectionIndex();
            static_cast<QObject *>(edit)->event(event); // typed now, to see whether it moved on
            edit->setProperty(kMovedOn, edit->currentSectionIndex() != before);
            return true;
        }
        const bool movedOn = edit->property(kMovedOn).toBool();
        edit->setProperty(kMovedOn, false);
        return movedOn && text.size() == 1 && u"-/."_s.contains(text);
    }
};

} // namespace

QComboBox *StepFields::ownerChooser(const QList<Member> &members, const QStringList &guests, const StepOwner &current,
                                    const QString &objectName)
{
    auto *owner = new QComboBox;
    owner->setObjectName(objectName);
    owner->setEditable(true);
    owner->setInsertPolicy(QComboBox::NoInsert);
    owner->setAccessibleName(tr("Responsible"));
    owner->addItem(QString(), qint64(0));
    for (const Member &member : members) {
        if (member.active || member.id == current.memberId)
            owner->addItem(member.name, member.id);
    }
    QStringList others = guests;
    if (current.memberId == 0 && !current.guest.isEmpty() && !others.contains(current.guest))
        others.append(current.guest);
    for (const QString &guest : std::as_const(others)) {
        if (owner->findText(guest, Qt::MatchFixedString) < 0)
            owner->addItem(guest, qint64(0));
    }
    owner->lineEdit()->setPlaceholderText(tr("Responsible: a member or a guest"));
    // Typing the start of a name completes it in the field (no pop-up to take the keys).
    owner->completer()->setCompletionMode(QCompleter::InlineCompletion);
    owner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    owner->setCurrentIndex(current.memberId != 0 ? qMax(0, owner->findData(current.memberId))
                                                 : qMax(0, owner->findText(current.guest, Qt::MatchFixedString)));
    return owner;
}

StepOwner StepFields::chosenOwner(const QComboBox *owner, const QList<Member> &members)
{
    const QString typed = owner->currentText().simplified();
    if (typed.isEmpty())
        return {};
    for (const Member &member : members) {
        if (member.name.compare(typed, Qt::CaseInsensitive) == 0)
            return StepOwner::member(member.id);
    }
    // A guest listed under another case keeps the listed spelling.
    const int listed = owner->findText(typed, Qt::MatchFixedString);
    return {0, listed > 0 ? owner->itemText(listed) : typed};
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
    date->installEventFilter(new SeparatorAfterFullSection(date));
    return date;
}

} // namespace Leda
