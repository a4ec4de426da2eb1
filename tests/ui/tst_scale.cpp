// 200 % text: Leda at QT_SCALE_FACTOR=2, or with a font twice the size, on a 1920×1080 screen
// (CTest runs this under Xvfb both ways): the window fits the screen and no label or button on
// any page is cut.
#include "support/ledasession.h"
#include "support/pagevisits.h"
#include "support/seriesrecord.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QToolBar>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

QString describe(QWidget *widget, const QString &text)
{
    return u"%1 %2 \"%3\" %4x%5"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                        text.left(50))
        .arg(widget->width())
        .arg(widget->height());
}

// The visible labels and push buttons of page that are smaller than their text needs.
QStringList cutOff(QWidget *page)
{
    QStringList cut;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QSize hint = label->sizeHint();
        const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width()) - 1
                                            : label->width() >= hint.width() - 1 && label->height() >= hint.height() - 1;
        if (!fits)
            cut.append(describe(label, label->text()) + u" needs "_s
                       + (label->wordWrap() ? QString::number(label->heightForWidth(label->width()))
                                            : u"%1x%2"_s.arg(hint.width()).arg(hint.height())));
    }
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QSize hint = button->sizeHint();
        if (button->width() < hint.width() - 1 || button->height() < hint.height() - 1)
            cut.append(describe(button, button->text()) + u" needs %1x%2"_s.arg(hint.width()).arg(hint.height()));
    }
    return cut;
}

} // namespace

TEST_CASE("200 % text: every page fits the screen with no label or button cut", "[.][scale]")
{
    const QByteArray fontScale = qgetenv("LEDA_TEST_FONT_SCALE");
    if (!fontScale.isEmpty()) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * fontScale.toDouble());
        QApplication::setFont(font);
    }
    QTemporaryDir dir;
    const SeriesRecord record = seedSeriesFile(dir, bundledContent().course);
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    const QRect screen = window->screen()->availableGeometry();
    CHECK(screen.contains(window->frameGeometry().adjusted(1, 1, -1, -1))); // as Leda opens
    window->setGeometry(screen); // maximised, as a window manager would (Xvfb has none)
    QTest::qWait(200);
    INFO("screen " << screen.width() << "x" << screen.height() << ", window " << window->frameGeometry().width() << "x"
                   << window->frameGeometry().height() << ", scale " << window->devicePixelRatio());
    // What each page needs at least, said when the window does not fit.
    QStringList widths;
    for (QWidget *page : window->findChild<QStackedWidget *>()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        widths.append(u"%1 %2x%3"_s.arg(page->objectName()).arg(page->minimumSizeHint().width()).arg(page->minimumSizeHint().height()));
    widths.append(u"toolbar %1"_s.arg(window->findChild<QToolBar *>()->minimumSizeHint().width()));
    INFO(widths.join(u", "_s).toStdString());
    CHECK(screen.contains(window->frameGeometry().adjusted(1, 1, -1, -1)));
    REQUIRE(window->selectGroup(record.group));
    QStringList problems;
    for (const auto &[name, visit] : pageVisits(leda, record)) {
        visit();
        QTest::qWait(50);
        for (const QString &problem : cutOff(window->currentPage()))
            problems.append(name + u": "_s + problem);
    }
    for (const QString &problem : cutOff(window->findChild<QToolBar *>()))
        problems.append(u"toolbar: "_s + problem);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
