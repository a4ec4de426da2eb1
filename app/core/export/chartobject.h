#pragma once

#include "core/measures/measure.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

namespace Leda {

// A measure's chart inside a QTextDocument, drawn by ChartScene where the text is laid out: in
// a PDF as vectors and text, at the width of the page's text. Owned by its document.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ChartObject)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;

    // Inserts the chart at the cursor (registering the handler with the document once).
    static void insert(QTextCursor &cursor, const MeasureSeries &series);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    explicit ChartObject(QObject *parent);

    QList<MeasureSeries> m_charts;
};

} // namespace Leda
