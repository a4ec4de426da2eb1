#pragma once

#include "ui/widgets/labels.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>

#include <functional>

namespace Leda {

// The top of a page of the record: "← Meetings" and the page's title. goBack runs first what
// the page must do before it is left (write what was typed).
struct PageTop
{
    QHBoxLayout *layout = nullptr;
    QLabel *title = nullptr;
};

inline PageTop makePageTop(QWidget *page, const QString &backObjectName, const QString &backText,
                           const std::function<void()> &goBack)
{
    auto *back = new QPushButton(page->style()->standardIcon(QStyle::SP_ArrowBack), backText, page);
    back->setObjectName(backObjectName);
    back->setProperty("ledaReadOnlySafe", true); // going back works in a read-only record too
    QObject::connect(back, &QPushButton::clicked, page, goBack);
    PageTop top{new QHBoxLayout, headingLabel({}, 1.6)};
    top.layout->addWidget(back);
    top.layout->addWidget(top.title, 1);
    return top;
}

} // namespace Leda
