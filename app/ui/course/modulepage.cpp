#include "ui/course/modulepage.h"
#include "ui/widgets/focusring.h"

#include "ui/player/filmplayer.h"
#include "ui/widgets/layouts.h"
#include "ui/player/transcriptview.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QLabel *makeText(const QString &text, qreal scale = 1.15, bool bold = false)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // content is shown exactly as written
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

ModulePage::ModulePage(Settings &settings, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"modulePage"_s);

    auto *back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Course"), this);
    back->setObjectName(u"backButton"_s);
    back->setAccessibleName(tr("Back to the course"));
    back->setFocusPolicy(Qt::TabFocus);
    connect(back, &QPushButton::clicked, this, &ModulePage::backRequested);

    m_title = makeText({}, 1.8, true);
    m_title->setObjectName(u"moduleTitle"_s);
    m_summary = makeText({}, 1.1);
    m_summary->setObjectName(u"moduleSummary"_s);

    m_player = new FilmPlayer(settings, this);
    m_chapters = new ChapterList(this);
    m_transcript = new TranscriptView(this);
    connect(m_chapters, &ChapterList::seekRequested, m_player, &FilmPlayer::seek);
    connect(m_transcript, &TranscriptView::seekRequested, m_player, &FilmPlayer::seek);
    connect(m_player, &FilmPlayer::positionChanged, m_chapters, &ChapterList::showPosition);
    connect(m_player, &FilmPlayer::positionChanged, m_transcript, &TranscriptView::showPosition);
    connect(m_player, &FilmPlayer::watchedToEnd, this, [this] { emit filmWatched(m_module.id); });
    connect(m_player, &FilmPlayer::durationChanged, this, [this](qint64 durationMs) {
        if (durationMs > 0)
            emit filmDurationKnown(m_module.id, durationMs);
    });

    auto *sideTabs = new QTabWidget(this);
    sideTabs->setObjectName(u"filmSideTabs"_s);
    sideTabs->addTab(m_chapters, tr("Chapters"));
    sideTabs->addTab(m_transcript, tr("Transcript"));

    auto *filmSplitter = new QSplitter(Qt::Horizontal, this);
    filmSplitter->addWidget(m_player);
    filmSplitter->addWidget(sideTabs);
    filmSplitter->setStretchFactor(0, 3);
    filmSplitter->setStretchFactor(1, 1);

    m_materialTabs = new QTabWidget(this);
    m_materialTabs->setObjectName(u"materialTabs"_s);
    m_materialTabs->addTab(makeScrollPage(u"questionsPage"_s, &m_questionsLayout), tr("Discussion questions"));
    m_materialTabs->addTab(makeScrollPage(u"worksheetPage"_s, &m_worksheetLayout), tr("Worksheet"));
    m_materialTabs->addTab(makeScrollPage(u"literaturePage"_s, &m_literatureLayout), tr("Literature"));
    m_materialTabs->addTab(makeScrollPage(u"facilitatorNotesPage"_s, &m_notesLayout), tr("For the process leader"));

    auto *verticalSplitter = new QSplitter(Qt::Vertical, this);
    verticalSplitter->addWidget(filmSplitter);
    verticalSplitter->addWidget(m_materialTabs);
    verticalSplitter->setStretchFactor(0, 3);
    verticalSplitter->setStretchFactor(1, 2);
    verticalSplitter->setSizes({560, 400}); // room for the questions under the film

    auto *header = new QHBoxLayout;
    header->addWidget(back, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(verticalSplitter, 1);
}

QWidget *ModulePage::makeScrollPage(const QString &objectName, QVBoxLayout **contentLayout)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    FocusRing::attach(scroll); // a Tab stop to scroll the text with the keys
    auto *content = new QWidget(scroll);
    *contentLayout = new QVBoxLayout(content);
    (*contentLayout)->setContentsMargins(12, 12, 12, 12);
    scroll->setWidget(content);
    return scroll;
}

void ModulePage::setModule(const Module &module)
{
    m_module = module;
    m_title->setText(module.number > 0 ? tr("Module %1 · %2").arg(module.number).arg(module.title) : module.title);
    m_summary->setText(module.summary);
    m_chapters->setChapters(module.chapters);
    m_player->setFilm(module.film);
    m_transcript->setCues(m_player->cues());
    m_materialTabs->setCurrentIndex(0);
    fillQuestions();
    fillWorksheet();
    fillLiterature();
    fillFacilitatorNotes();
}

void ModulePage::leave()
{
    m_player->setFullScreen(false);
    m_player->pause();
}

void ModulePage::fillQuestions()
{
    clearLayout(m_questionsLayout);
    for (int i = 0; i < m_module.questions.size(); ++i) {
        auto *row = new QHBoxLayout;
        auto *number = makeText(u"%1."_s.arg(i + 1), 1.3, true);
        number->setAlignment(Qt::AlignTop | Qt::AlignRight);
        number->setMinimumWidth(number->fontMetrics().horizontalAdvance(u"00."_s));
        auto *question = makeText(m_module.questions.at(i), 1.3);
        question->setObjectName(u"question%1"_s.arg(i + 1));
        row->addWidget(number, 0, Qt::AlignTop);
        row->addWidget(question, 1);
        m_questionsLayout->addLayout(row);
    }
    m_questionsLayout->addStretch(1);
}

void ModulePage::fillWorksheet()
{
    clearLayout(m_worksheetLayout);
    m_worksheetLayout->addWidget(makeText(tr("Use the three columns for each topic: how it looks today, how you "
                                             "would like it to be, and your next step.")));
    for (const WorksheetPrompt &prompt : std::as_const(m_module.worksheet)) {
        m_worksheetLayout->addWidget(makeText(prompt.topic, 1.3, true));
        auto *grid = new QGridLayout;
        const QStringList headings{tr("This is how it looks today"), tr("This is how we would like it to be"),
                                   tr("This will be my next step")};
        const QStringList texts{prompt.today, prompt.desired, prompt.nextStep};
        for (int column = 0; column < 3; ++column) {
            grid->addWidget(makeText(headings.at(column), 1.1, true), 0, column);
            grid->addWidget(makeText(texts.at(column)), 1, column, Qt::AlignTop);
            grid->setColumnStretch(column, 1);
        }
        m_worksheetLayout->addLayout(grid);
    }
    m_worksheetLayout->addStretch(1);
}

void ModulePage::fillLiterature()
{
    clearLayout(m_literatureLayout);
    if (m_module.literature.isEmpty())
        m_literatureLayout->addWidget(makeText(tr("This module lists no literature.")));
    for (const QString &reference : std::as_const(m_module.literature))
        m_literatureLayout->addWidget(makeText(u"• "_s + reference));
    m_literatureLayout->addStretch(1);
}

void ModulePage::fillFacilitatorNotes()
{
    clearLayout(m_notesLayout);
    m_notesLayout->addWidget(makeText(tr("Notes for the process leader on leading this module's discussion."), 1.0));
    for (const QString &note : std::as_const(m_module.facilitatorNotes))
        m_notesLayout->addWidget(makeText(note));
    m_notesLayout->addStretch(1);
}

} // namespace Leda
