#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace Leda {

// A CSV file as Swedish registers and Excel write it: separated by semicolons, commas or tabs
// (found from the header line), fields in double quotes with "" for a quote, UTF-8 with or
// without a BOM, or Windows-1252.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // the file line each row starts on (1-based), for messages
    QChar separator;
    QString encoding; // "UTF-8" or "Windows-1252"
};

// A measure's values read from CSV: a period column (optional for the command line), either a
// value column or numerator and denominator columns, and an optional note column. Column names
// in Swedish or English.
struct MeasureCsvRow
{
    int line = 0;
    QDate period;
    std::optional<double> value;
    std::optional<double> denominator;
    QString note;
};

struct CsvProblem
{
    int line = 0;
    QString column;
    QString message;
};

struct MeasureCsv
{
    QList<MeasureCsvRow> rows;
    QList<CsvProblem> problems; // one per bad cell; an import takes nothing while any remain
    bool hasPeriod = false;
    bool hasDenominator = false;
    CsvTable table;
};

class CsvFile final
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    static bool parse(const QByteArray &bytes, CsvTable *table, QString *error);
    // Reads a measure's columns; false (with a message naming the file) when the file as a
    // whole cannot be read, true with per-row problems otherwise.
    static bool readMeasure(const QByteArray &bytes, const QString &fileName, bool requirePeriod, MeasureCsv *result,
                            QString *error);
    // "12,5", "12.5", "1 234,5", "1.234,5", "−3": a number as people type it; nullopt if not.
    static std::optional<double> number(const QString &text);
    // "2027-03-15", "2027-03" (a month), "2027-K1"/"2027-Q1" (a quarter), "2027-v12"/"2027-W12"
    // (a week): the period's first day.
    static QDate period(const QString &text);
    static QString problemText(const CsvProblem &problem);
};

} // namespace Leda
