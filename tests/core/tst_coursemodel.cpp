#include "core/content/contentloader.h"
#include "core/content/coursemodel.h"
#include "support/testpaths.h"

#include "support/catchqt.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Leda;
using namespace Qt::StringLiterals;

TEST_CASE("the course table lists every module with number, title, film length and watched state")
{
    CourseModel model;
    model.setCourse(ContentLoader::load(TestPaths::modules(), TestPaths::films()).course);
    REQUIRE(model.rowCount() == 15);
    REQUIRE(model.columnCount() == CourseModel::ColumnCount);
    REQUIRE(model.index(3, CourseModel::NumberColumn).data().toInt() == 3);
    REQUIRE(model.index(3, CourseModel::TitleColumn).data().toString() == u"Patientens och närståendes perspektiv"_s);
    const QString length = model.index(3, CourseModel::LengthColumn).data().toString();
    REQUIRE(length.contains(u':'));
    REQUIRE(length != u"0:00"_s);
    REQUIRE(model.index(3, CourseModel::WatchedColumn).data().toString() == u"Not watched"_s);

    QHash<QString, FilmProgress> progress;
    progress[u"patientens-perspektiv"_s].watchedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
    model.setProgress(progress);
    REQUIRE(model.index(3, CourseModel::WatchedColumn).data().toString().startsWith(u"Watched "_s));
    REQUIRE(model.index(4, CourseModel::WatchedColumn).data().toString() == u"Not watched"_s);
    REQUIRE(model.rowOfModule(u"patientens-perspektiv"_s) == 3);
}

TEST_CASE("unavailable modules are listed, greyed and not enabled, with the reason")
{
    CourseModel model;
    model.setCourse(ContentLoader::load(TestPaths::data(u"broken-course"_s), {}).course);
    REQUIRE(model.rowCount() == 6);
    int unavailable = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CourseModel::TitleColumn);
        if (index.data(CourseModel::AvailableRole).toBool()) {
            REQUIRE(model.flags(index).testFlag(Qt::ItemIsEnabled));
            continue;
        }
        ++unavailable;
        REQUIRE_FALSE(model.flags(index).testFlag(Qt::ItemIsEnabled));
        REQUIRE(index.data(Qt::ToolTipRole).toString().contains(u"cannot be opened"_s));
        REQUIRE(model.index(row, CourseModel::WatchedColumn).data().toString() == u"Unavailable"_s);
    }
    REQUIRE(unavailable == 5);
}
