#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Leda {

// The first start: no group yet. What Leda is for, the three first steps as buttons, where the
// course and the record are kept, and — on the meeting-room PC — a group brought from another
// computer as a package.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Where the course and the record are (a file, or a server); readOnly: it cannot take a group.
    void setPlaces(const QString &courseFolder, const QString &record, bool onServer, bool readOnly);

signals:
    void createGroupRequested();
    void planSeriesRequested();
    void prepareMeetingRequested();
    void courseRequested();
    void guideRequested();
    void importGroupRequested();

private:
    QLabel *m_places = nullptr;
    QList<QPushButton *> m_steps;
    QPushButton *m_importGroup = nullptr;
};

} // namespace Leda
