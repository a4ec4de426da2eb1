#pragma once

#include <QLayout>
#include <QList>

namespace Leda {

// A row of buttons that wraps onto a new line when the window is too narrow for it (a small
// screen, 200 % text) instead of making the whole window wider than the screen.
class FlowLayout final : public QLayout
{
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;    // everything on one line
    QSize minimumSize() const override; // the widest item

private:
    int gap() const;
    int arrange(const QRect &rect, bool place) const; // the height used

    QList<QLayoutItem *> m_items;
};

} // namespace Leda
