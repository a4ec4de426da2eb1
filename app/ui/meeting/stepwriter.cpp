#include "ui/meeting/stepwriter.h"

#include "ui/dialogs/conflictdialog.h"

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/nextstepstore.h"

#include <QLocale>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Leda {

StepWriter::StepWriter(NextStepStore &store, Autosave &autosave, QWidget *page)
    : QObject(page)
    , m_store(store)
    , m_autosave(autosave)
    , m_page(page)
{
}

void StepWriter::save(const NextStep &step)
{
    m_autosave.queue(AutosaveKey::nextStep(step.id), [self = QPointer(this), &store = m_store, step](QString *error) {
        NextStep written = step;
        if (!self) // the page is gone (an edit kept while the connection was lost): nobody to ask
            return store.updateKeepingBoth(&written, error) != Saved::Failed;
        written.version = self->m_versions.value(step.id, step.version);
        switch (store.updateIfUnchanged(&written, error)) {
        case Saved::Yes:
            self->m_versions.insert(step.id, written.version);
            return true;
        case Saved::Conflict: // asked once this save is over; nothing is retried
            QTimer::singleShot(0, self, [self, step, written] {
                if (self)
                    self->resolve(step, written);
            });
            return true;
        case Saved::Failed:
            break;
        }
        return false;
    });
}

void StepWriter::resolve(const NextStep &mine, const NextStep &saved)
{
    if (saved.id == 0) { // removed on another PC meanwhile: what was typed here comes back as a new step
        NextStep again = mine;
        again.id = 0;
        QString error;
        if (m_store.add(again, &error) == 0)
            emit errorOccurred(error);
        emit resolved();
        return;
    }
    const auto dateText = [](const QDate &date) {
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("No date");
    };
    const QList<ConflictField> fields{
        {tr("Next step"), mine.what, saved.what},
        {tr("Responsible"), mine.owner.name(m_members), saved.owner.name(m_members)},
        {tr("Done by"), dateText(mine.due), dateText(saved.due)},
    };
    ConflictDialog dialog(tr("the next step “%1”").arg(saved.what), fields, m_page);
    dialog.exec();
    m_versions.insert(saved.id, saved.version);
    if (dialog.choice() != ConflictDialog::Choice::Theirs) {
        NextStep written = dialog.choice() == ConflictDialog::Choice::Both ? keepBoth(saved, mine) : mine;
        written.version = saved.version;
        save(written);
        m_autosave.flush();
    }
    emit resolved();
}

} // namespace Leda
