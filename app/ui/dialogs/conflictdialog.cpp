#include "ui/dialogs/conflictdialog.h"

#include "ui/widgets/labels.h"

#include "core/meeting/record.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

ConflictDialog::ConflictDialog(const QString &what, const QList<ConflictField> &fields, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed by someone else at the same time"));
    auto *intro = new QLabel(tr("Someone else saved %1 while you were writing it. Nothing has been lost: here are "
                                "both texts. Choose which one stays, or keep both.")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(headingLabel(tr("What you wrote"), 1.0), 0, 1);
    grid->addWidget(headingLabel(tr("What is saved now"), 1.0), 0, 2);
    int row = 1;
    for (const ConflictField &field : fields) {
        if (field.mine == field.theirs)
            continue;
        grid->addWidget(new QLabel(field.label, this), row, 0, Qt::AlignTop);
        for (const auto &[column, text, name] : {std::tuple{1, field.mine, tr("What you wrote: %1")},
                                                 std::tuple{2, field.theirs, tr("What is saved now: %1")}}) {
            auto *view = new QPlainTextEdit(text, this);
            view->setReadOnly(true);
            view->setAccessibleName(name.arg(field.label));
            grid->addWidget(view, row, column);
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(this);
    const struct
    {
        Choice choice;
        QString text;
        QString objectName;
    } choices[] = {{Choice::Mine, tr("Keep &mine"), u"conflictMine"_s},
                   {Choice::Theirs, tr("Keep &the saved one"), u"conflictTheirs"_s},
                   {Choice::Both, tr("Keep &both"), u"conflictBoth"_s}};
    for (const auto &option : choices) {
        QPushButton *button = buttons->addButton(option.text, QDialogButtonBox::AcceptRole);
        button->setObjectName(option.objectName);
        connect(button, &QPushButton::clicked, this, [this, choice = option.choice] {
            m_choice = choice;
            accept();
        });
        if (option.choice == Choice::Both)
            button->setDefault(true); // nothing is lost
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

QString ConflictDialog::resolved(const ConflictField &field, Choice choice)
{
    switch (choice) {
    case Choice::Mine:
        return field.mine;
    case Choice::Theirs:
        return field.theirs;
    case Choice::Both:
        break;
    }
    return keepBoth(field.theirs, field.mine);
}

} // namespace Leda
