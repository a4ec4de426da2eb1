#pragma once

#include "core/content/module.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QScrollArea;
class QVBoxLayout;

namespace Leda {

class ChapterList;
class FilmPlayer;
class Settings;
class TranscriptView;

// One module: its film with chapters and transcript, its discussion questions, worksheet
// prompts, literature and the process leader's notes.
class ModulePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModulePage)

public:
    explicit ModulePage(Settings &settings, QWidget *parent = nullptr);

    void setModule(const Module &module);
    void leave(); // stops the film when the group goes back to the course
    const Module &module() const { return m_module; }
    FilmPlayer *player() const { return m_player; }
    ChapterList *chapterList() const { return m_chapters; }
    TranscriptView *transcript() const { return m_transcript; }

signals:
    void backRequested();
    void filmWatched(const QString &moduleId);
    void filmDurationKnown(const QString &moduleId, qint64 durationMs);

private:
    QWidget *makeScrollPage(const QString &objectName, QVBoxLayout **contentLayout);
    void fillQuestions();
    void fillWorksheet();
    void fillLiterature();
    void fillFacilitatorNotes();

    Module m_module;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    FilmPlayer *m_player = nullptr;
    ChapterList *m_chapters = nullptr;
    TranscriptView *m_transcript = nullptr;
    QTabWidget *m_materialTabs = nullptr;
    QVBoxLayout *m_questionsLayout = nullptr;
    QVBoxLayout *m_worksheetLayout = nullptr;
    QVBoxLayout *m_literatureLayout = nullptr;
    QVBoxLayout *m_notesLayout = nullptr;
};

} // namespace Leda
