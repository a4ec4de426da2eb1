#include "core/content/coursemodel.h"

#include "core/timeformat.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leda {

CourseModel::CourseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CourseModel::setCourse(const Course &course)
{
    beginResetModel();
    m_course = course;
    endResetModel();
}

void CourseModel::setProgress(const QHash<QString, FilmProgress> &progress)
{
    m_progress = progress;
    if (rowCount() > 0)
        emit dataChanged(index(0, LengthColumn), index(rowCount() - 1, WatchedColumn));
}

const Module *CourseModel::moduleAt(int row) const
{
    return row >= 0 && row < m_course.modules.size() ? &m_course.modules.at(row) : nullptr;
}

int CourseModel::rowOfModule(const QString &moduleId) const
{
    for (int row = 0; row < m_course.modules.size(); ++row) {
        if (m_course.modules.at(row).id == moduleId)
            return row;
    }
    return -1;
}

int CourseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_course.modules.size());
}

int CourseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 CourseModel::filmLengthMs(const Module &module) const
{
    if (module.film.durationMs > 0)
        return module.film.durationMs;
    return m_progress.value(module.id).durationMs; // learnt while playing a region's own film
}

QVariant CourseModel::data(const QModelIndex &index, int role) const
{
    const Module *module = moduleAt(index.row());
    if (!module || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == ModuleIndexRole)
        return index.row();
    if (role == AvailableRole)
        return module->available;
    if (role == Qt::ToolTipRole && !module->available)
        return tr("This module cannot be opened: %1").arg(module->unavailableReason);
    if (role == Qt::ForegroundRole && !module->available)
        return QColor(Qt::gray);
    if (role == Qt::TextAlignmentRole && index.column() != TitleColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};

    switch (index.column()) {
    case NumberColumn:
        return module->number >= 0 ? QVariant(module->number) : QVariant(u"–"_s);
    case TitleColumn:
        return module->available ? module->title : tr("%1 (unavailable)").arg(module->folderName);
    case LengthColumn: {
        const qint64 length = filmLengthMs(*module);
        return length > 0 ? formatClock(length) : u"–"_s;
    }
    case WatchedColumn: {
        if (!module->available)
            return tr("Unavailable");
        const FilmProgress progress = m_progress.value(module->id);
        return progress.watched()
            ? tr("Watched %1").arg(QLocale().toString(progress.watchedAt.toLocalTime().date(), QLocale::ShortFormat))
            : tr("Not watched");
    }
    default:
        return {};
    }
}

QVariant CourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Module");
    case LengthColumn:
        return tr("Film");
    case WatchedColumn:
        return tr("Watched");
    default:
        return {};
    }
}

Qt::ItemFlags CourseModel::flags(const QModelIndex &index) const
{
    const Module *module = moduleAt(index.row());
    if (!module)
        return Qt::NoItemFlags;
    return module->available ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsSelectable;
}

} // namespace Leda
