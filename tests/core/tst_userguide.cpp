// The process leader's guide: shipped in both languages with the same sections, and searchable.
#include "core/help/userguide.h"
#include "support/catchqt.h"

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const QList<GuideSection> &sections)
{
    QStringList found;
    for (const GuideSection &section : sections)
        found.append(section.id);
    return found;
}

} // namespace

TEST_CASE("user guide: the Swedish and the English guide have every section the pages ask for, in the same order")
{
    // The sections F1 opens from the pages (MainWindow::guideSection) and the topics the guide
    // must cover: preparing, the room, two screens, following up, exporting,
    // moving a group between computers, backups.
    const QStringList expected{u"start"_s,   u"course"_s,     u"module"_s,  u"meetings"_s,   u"group"_s,
                               u"series-plan"_s, u"preparation"_s, u"meeting"_s, u"room"_s,  u"two-screens"_s,
                               u"next-steps"_s, u"measures"_s,  u"export"_s,  u"package"_s, u"backups"_s,  u"keyboard"_s};
    const UserGuide swedish = UserGuide::load(u"sv"_s);
    const UserGuide english = UserGuide::load(u"en"_s);
    CHECK(swedish.title() == u"Handledning för processledaren"_s);
    CHECK(english.title() == u"The process leader's guide"_s);
    CHECK(ids(swedish.sections()) == expected);
    CHECK(ids(english.sections()) == expected);
    for (const UserGuide *guide : {&swedish, &english}) {
        for (const GuideSection &section : guide->sections()) {
            INFO(section.id.toStdString());
            CHECK(!section.title.isEmpty());
            CHECK(section.markdown.size() > 200); // a section that says something
            CHECK(!section.markdown.contains(u"{#"_s));
        }
    }
    // A language without a guide gets the Swedish one.
    CHECK(UserGuide::load(u"fi"_s).title() == swedish.title());
}

TEST_CASE("user guide: a search finds the sections with every word, in Swedish compounds too, best first")
{
    const UserGuide guide = UserGuide::parse(u"# Guiden\n\n"
                                             "## Mötet {#meeting}\n\nProtokollet skrivs under mötet.\n\n"
                                             "## Uppföljning {#follow-up}\n\nPå **uppföljningsmötet** går ni igenom "
                                             "nästa steg. Nästa steg har en ansvarig.\n\n"
                                             "## Säkerhetskopior {#backups}\n\nLeda tar en säkerhetskopia varje dag.\n"_s);
    REQUIRE(guide.sections().size() == 3);
    CHECK(guide.title() == u"Guiden"_s);
    CHECK(guide.section(u"backups"_s)->title == u"Säkerhetskopior"_s);
    CHECK(guide.section(u"backups"_s)->markdown == u"Leda tar en säkerhetskopia varje dag."_s);
    CHECK(guide.section(u"missing"_s) == nullptr);

    // A word inside a compound, in any case; the title counts more than the text.
    CHECK(ids(guide.search(u"MÖTE"_s)) == QStringList{u"meeting"_s, u"follow-up"_s});
    CHECK(ids(guide.search(u"säkerhetskopi"_s)) == QStringList{u"backups"_s});
    // Every word must be there; bold marks do not hide a word.
    CHECK(ids(guide.search(u"nästa ansvarig"_s)) == QStringList{u"follow-up"_s});
    CHECK(ids(guide.search(u"uppföljningsmötet går"_s)) == QStringList{u"follow-up"_s});
    CHECK(guide.search(u"protokoll säkerhetskopia"_s).isEmpty());
    CHECK(guide.search(u"  "_s).isEmpty());
    CHECK(UserGuide::queryWords(u"Nästa, steg!"_s) == QStringList{u"nästa"_s, u"steg"_s});
}

TEST_CASE("user guide: the shipped Swedish guide is found by the words a process leader would search for")
{
    const UserGuide guide = UserGuide::load(u"sv"_s);
    REQUIRE(!guide.isEmpty());
    CHECK(ids(guide.search(u"säkerhetskopi"_s)).value(0) == u"backups"_s);
    CHECK(ids(guide.search(u"två skärmar"_s)).contains(u"two-screens"_s));
    CHECK(ids(guide.search(u"kalenderfil"_s)).contains(u"series-plan"_s));
    CHECK(ids(guide.search(u"pdf"_s)).contains(u"export"_s));
}
