#pragma once

#include "core/content/module.h"
#include "core/meeting/record.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;
class QVBoxLayout;

namespace Leda {

class Autosave;
class GroupStore;
class MeasureStore;
class MeetingStore;
class NextStepStore;
class NextStepsEditor;
class OpenStepsReview;
class RecordListEditor;

// One meeting's record, in the order of the meeting: open next steps from earlier meetings,
// details and attendance, the worksheet per discussion question, decisions, choices and
// priorities, soft results, new next steps and free notes. Everything typed is autosaved.
class MeetingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingPage)

public:
    struct Stores
    {
        GroupStore &groups;
        MeetingStore &meetings;
        NextStepStore &nextSteps;
        MeasureStore &measures;
        Autosave &autosave;
    };

    MeetingPage(Stores stores, const Course &course, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    // Reads the meeting again (another PC changed it), staying where the page was scrolled to.
    void reload();
    // A read-only record file: every field of the record shows, none takes an edit.
    void setReadOnly(bool readOnly);
    qint64 meetingId() const { return m_meeting.id; }
    OpenStepsReview *openStepsReview() const { return m_openSteps; }

signals:
    void backRequested();
    void exportRequested();
    void preparationRequested();
    void presentationRequested();
    void printRequested();
    void meetingChanged(); // details that the meeting list shows
    void errorOccurred(const QString &message);

protected:
    // Tab follows the page as it is laid out now, rows added since included.
    bool focusNextPrevChild(bool next) override;

private:
    static QStringList questionFieldTitles(); // today, desired, next step: the worksheet's columns
    // Another PC saved the same text meanwhile: the user chooses (ConflictDialog).
    void resolveFreeNotes(qint64 meetingId, const QString &mine);
    void resolveQuestionNote(qint64 meetingId, const QuestionNote &mine, const QuestionNote &saved,
                             const QList<QPlainTextEdit *> &edits);
    QWidget *section(const QString &title, QWidget *content, const QString &objectName);
    void buildQuestions();
    void buildAttendance();
    void buildMeasures();
    void saveDetails();
    void saveModules();

    Stores m_stores;
    const Course &m_course;
    Meeting m_meeting;
    QHash<QString, qint64> m_questionVersions; // "module/question" → the version read or saved
    QList<Member> m_members;

    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLineEdit *m_place = nullptr;
    QListWidget *m_modules = nullptr;
    OpenStepsReview *m_openSteps = nullptr;
    bool m_readOnly = false;
    QWidget *m_attendance = nullptr;
    QVBoxLayout *m_attendanceLayout = nullptr;
    QWidget *m_measuresSection = nullptr;
    QVBoxLayout *m_measuresLayout = nullptr;
    QWidget *m_questions = nullptr;
    QVBoxLayout *m_questionsLayout = nullptr;
    RecordListEditor *m_decisions = nullptr;
    RecordListEditor *m_choices = nullptr;
    RecordListEditor *m_softResults = nullptr;
    NextStepsEditor *m_nextSteps = nullptr;
    QPlainTextEdit *m_freeNotes = nullptr;
};

} // namespace Leda
