#include "ui/dialogs/importgroupdialog.h"

#include "ui/widgets/labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

QString ImportGroupDialog::summary(const GroupPackage::Outcome &outcome)
{
    return tr("%n new entr(y/ies)", nullptr, outcome.added) + u", "_s + tr("%n changed", nullptr, outcome.updated)
        + u", "_s + tr("%n removed", nullptr, outcome.removed) + u", "_s
        + tr("%n unchanged", nullptr, outcome.unchanged);
}

ImportGroupDialog::ImportGroupDialog(const GroupPackage::Manifest &manifest, const GroupPackage::Outcome &preview,
                                     const QString &recordName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"importGroupDialog"_s);
    setWindowTitle(tr("Import group"));
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);
    const QString who = manifest.organisation.isEmpty() ? manifest.groupName
                                                        : tr("%1, %2").arg(manifest.groupName, manifest.organisation);
    layout->addWidget(headingLabel(who, 1.3));

    QStringList holds;
    holds.append(tr("%n meeting(s)", nullptr, manifest.meetings)
                 + (manifest.firstMeeting.isValid()
                        ? u" ("_s + tr("%1 to %2").arg(locale.toString(manifest.firstMeeting, u"d MMMM yyyy"_s),
                                                       locale.toString(manifest.lastMeeting, u"d MMMM yyyy"_s))
                              + u')'
                        : QString()));
    holds.append(tr("%n next step(s)", nullptr, manifest.nextSteps));
    holds.append(tr("%n measure(s)", nullptr, manifest.measures));
    auto *contents = new QLabel(tr("Exported %1. It holds %2.")
                                    .arg(locale.toString(manifest.exportedAt.toLocalTime(), QLocale::ShortFormat),
                                         holds.join(u", "_s)),
                                this);
    contents->setObjectName(u"packageContents"_s);
    contents->setWordWrap(true);
    layout->addWidget(contents);

    auto *effect = new QLabel(this);
    effect->setObjectName(u"importEffect"_s);
    effect->setWordWrap(true);
    effect->setText(preview.newGroup
                        ? tr("The group is not in %1 yet: the import adds it, with its whole record.").arg(recordName)
                        : tr("The group is already in %1. The import brings it up to date: %2.")
                              .arg(recordName, summary(preview)));
    layout->addWidget(effect);

    auto *conflictsIntro = new QLabel(this);
    conflictsIntro->setWordWrap(true);
    layout->addWidget(conflictsIntro);
    if (preview.conflicts.isEmpty()) {
        conflictsIntro->setText(preview.newGroup ? QString()
                                                 : tr("Nothing was changed both here and in the package: "
                                                      "no text is replaced that was written here since."));
        conflictsIntro->setVisible(!preview.newGroup);
    } else {
        conflictsIntro->setText(tr("%n entr(y/ies) were changed both here and in the package since the group was "
                                   "last moved. The later change stays; the other is shown here, so that you can "
                                   "write it in again if it is needed.",
                                   nullptr, int(preview.conflicts.size())));
        auto *list = new QTableWidget(int(preview.conflicts.size()), 4, this);
        list->setObjectName(u"importConflicts"_s);
        list->setAccessibleName(tr("Entries changed on both sides"));
        list->setHorizontalHeaderLabels({tr("What"), tr("Here"), tr("In the package"), tr("Stays")});
        list->verticalHeader()->hide();
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setSelectionBehavior(QAbstractItemView::SelectRows);
        list->setWordWrap(true);
        list->setAlternatingRowColors(true);
        for (int row = 0; row < preview.conflicts.size(); ++row) {
            const GroupPackage::Conflict &conflict = preview.conflicts.at(row);
            const QStringList cells{conflict.what, conflict.here, conflict.there,
                                    conflict.packageWins ? tr("The package's (later)") : tr("This one (later)")};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
                list->setItem(row, column, item);
            }
        }
        // The texts wrap: each row as high as its longest text at the columns' widths.
        QHeaderView *header = list->horizontalHeader();
        header->setSectionResizeMode(0, QHeaderView::Interactive);
        header->setSectionResizeMode(1, QHeaderView::Stretch);
        header->setSectionResizeMode(2, QHeaderView::Stretch);
        header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
        list->setColumnWidth(0, 240);
        connect(header, &QHeaderView::sectionResized, list, [list] { list->resizeRowsToContents(); });
        layout->addWidget(list, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(u"importButton"_s);
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(preview.conflicts.isEmpty() ? 1 : 0);
    layout->addWidget(buttons);
    resize(preview.conflicts.isEmpty() ? QSize(640, 300) : QSize(1000, 520));
}

} // namespace Leda
