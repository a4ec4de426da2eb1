#pragma once

#include "core/content/module.h"
#include "core/storage/progressstore.h"

#include <QAbstractTableModel>

namespace Leda {

// The course as a table: number, title, film length, watched. Qt Core only, so it is tested
// without widgets; the course page shows it in a view.
class CourseModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseModel)

public:
    enum Column { NumberColumn, TitleColumn, LengthColumn, WatchedColumn, ColumnCount };
    enum Role { ModuleIndexRole = Qt::UserRole + 1, AvailableRole };

    explicit CourseModel(QObject *parent = nullptr);

    void setCourse(const Course &course);
    void setProgress(const QHash<QString, FilmProgress> &progress);
    const Course &course() const { return m_course; }
    const Module *moduleAt(int row) const;
    int rowOfModule(const QString &moduleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    qint64 filmLengthMs(const Module &module) const;

    Course m_course;
    QHash<QString, FilmProgress> m_progress;
};

} // namespace Leda
