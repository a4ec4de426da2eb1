#include "core/measures/csvfile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// Windows-1252 bytes 0x80–0x9F (the rest is Latin-1); 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        const char16_t high = code >= 0x80 && code < 0xA0 ? kWindows1252High.at(code - 0x80) : 0;
        text.append(QChar(high ? high : char16_t(code)));
    }
    return text;
}

QString decode(const QByteArray &bytes, QString *encoding)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(body);
    if (!utf8.hasError()) {
        *encoding = u"UTF-8"_s;
        return text;
    }
    *encoding = u"Windows-1252"_s;
    return decodeWindows1252(body);
}

QChar detectSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n')
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    // Swedish files use semicolons because the comma is the decimal sign: prefer them on a tie.
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return u';';
    if (tabs >= commas && tabs > 0)
        return u'\t';
    return commas > 0 ? QChar(u',') : QChar(u';');
}

enum class Column { Period, Value, Numerator, Denominator, Note };

std::optional<Column> columnFor(const QString &name)
{
    static const QList<std::pair<Column, QStringList>> names{
        {Column::Period, {u"period"_s, u"månad"_s, u"datum"_s, u"vecka"_s, u"kvartal"_s, u"date"_s, u"month"_s,
                          u"week"_s, u"quarter"_s}},
        {Column::Value, {u"värde"_s, u"value"_s, u"mätvärde"_s, u"antal"_s, u"count"_s}},
        {Column::Numerator, {u"täljare"_s, u"numerator"_s}},
        {Column::Denominator, {u"nämnare"_s, u"denominator"_s, u"exponering"_s, u"exposure"_s}},
        {Column::Note, {u"anteckning"_s, u"note"_s, u"kommentar"_s, u"comment"_s}},
    };
    const QString key = name.trimmed().toLower();
    for (const auto &[column, words] : names) {
        if (words.contains(key))
            return column;
    }
    return std::nullopt;
}

} // namespace

bool CsvFile::parse(const QByteArray &bytes, CsvTable *table, QString *error)
{
    const QString text = decode(bytes, &table->encoding);
    table->separator = detectSeparator(text);
    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        record.append(field);
        const bool blank = record.size() == 1 && record.first().trimmed().isEmpty();
        if (!blank) {
            records.append(record);
            lines.append(recordLine);
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table->separator) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            endRecord();
            recordLine = ++line;
        } else if (c != u'\r') {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = tr("A quotation mark that begins on line %1 is never closed.").arg(recordLine);
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    table->header = records.takeFirst();
    lines.removeFirst();
    table->rows = records;
    table->lines = lines;
    return true;
}

std::optional<double> CsvFile::number(const QString &text)
{
    QString cleaned = text.trimmed();
    cleaned.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    cleaned.replace(QChar(0x2212), u'-');
    if (cleaned.isEmpty())
        return std::nullopt;
    const qsizetype comma = cleaned.lastIndexOf(u',');
    const qsizetype point = cleaned.lastIndexOf(u'.');
    // With both, the last one is the decimal sign and the other groups thousands.
    if (comma >= 0 && point >= 0) {
        if (comma > point)
            cleaned.remove(u'.').replace(u',', u'.');
        else
            cleaned.remove(u',');
    } else if (comma >= 0) {
        if (cleaned.count(u',') > 1)
            return std::nullopt;
        cleaned.replace(u',', u'.');
    }
    static const QRegularExpression plain(u"^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"_s);
    if (!plain.match(cleaned).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QDate CsvFile::period(const QString &text)
{
    const QString cleaned = text.trimmed();
    QDate date = QDate::fromString(cleaned, Qt::ISODate);
    if (date.isValid())
        return date;
    static const QRegularExpression month(u"^(\\d{4})-(\\d{1,2})$"_s);
    static const QRegularExpression quarter(u"^(\\d{4})\\s*-?\\s*[KkQq]([1-4])$"_s);
    static const QRegularExpression week(u"^(\\d{4})\\s*-?\\s*[VvWw](\\d{1,2})$"_s);
    if (const auto match = month.match(cleaned); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (const auto match = quarter.match(cleaned); match.hasMatch())
        return QDate(match.captured(1).toInt(), (match.captured(2).toInt() - 1) * 3 + 1, 1);
    if (const auto match = week.match(cleaned); match.hasMatch()) {
        // ISO week: week 1 holds the year's first Thursday.
        const int year = match.captured(1).toInt();
        const int number = match.captured(2).toInt();
        const QDate january4(year, 1, 4);
        const QDate monday = january4.addDays(1 - january4.dayOfWeek()).addDays(7 * (number - 1));
        int weekYear = 0;
        if (number >= 1 && monday.weekNumber(&weekYear) == number && weekYear == year)
            return monday;
    }
    return {};
}

QString CsvFile::problemText(const CsvProblem &problem)
{
    return tr("Line %1, column %2: %3").arg(problem.line).arg(problem.column, problem.message);
}

bool CsvFile::readMeasure(const QByteArray &bytes, const QString &fileName, bool requirePeriod, MeasureCsv *result,
                          QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    QString reason;
    if (!parse(bytes, &result->table, &reason)) {
        *error = tr("Leda cannot read %1: %2").arg(name, reason);
        return false;
    }
    QMap<Column, int> columns;
    for (qsizetype i = 0; i < result->table.header.size(); ++i) {
        if (const auto column = columnFor(result->table.header.at(i)); column && !columns.contains(*column))
            columns.insert(*column, int(i));
    }
    const bool ratio = columns.contains(Column::Numerator) || columns.contains(Column::Denominator);
    if (ratio && !(columns.contains(Column::Numerator) && columns.contains(Column::Denominator))) {
        *error = tr("%1 has only one of the columns täljare and nämnare (numerator, denominator); a proportion or a "
                    "rate needs both.")
                     .arg(name);
        return false;
    }
    if (!ratio && !columns.contains(Column::Value)) {
        *error = tr("%1 has no column named värde (value), or täljare and nämnare (numerator and denominator). The "
                    "first line must name the columns, for example: period;värde")
                     .arg(name);
        return false;
    }
    if (requirePeriod && !columns.contains(Column::Period)) {
        *error = tr("%1 has no column named period (or månad, vecka, kvartal, datum). The first line must name the "
                    "columns, for example: period;värde")
                     .arg(name);
        return false;
    }
    result->hasPeriod = columns.contains(Column::Period);
    result->hasDenominator = ratio;

    QSet<QDate> seen;
    for (qsizetype r = 0; r < result->table.rows.size(); ++r) {
        const QStringList &cells = result->table.rows.at(r);
        MeasureCsvRow row;
        row.line = result->table.lines.at(r);
        auto cell = [&](Column column) {
            const int index = columns.value(column, -1);
            return index >= 0 && index < cells.size() ? cells.at(index).trimmed() : QString();
        };
        auto problem = [&](Column column, const QString &message) {
            result->problems.append({row.line, result->table.header.value(columns.value(column)).trimmed(), message});
        };
        auto readNumber = [&](Column column, std::optional<double> *target) {
            const QString text = cell(column);
            if (text.isEmpty())
                return;
            *target = number(text);
            if (!*target)
                problem(column, tr("“%1” is not a number.").arg(text));
        };
        if (result->hasPeriod) {
            const QString text = cell(Column::Period);
            row.period = period(text);
            if (text.isEmpty())
                problem(Column::Period, tr("the period is empty."));
            else if (!row.period.isValid())
                problem(Column::Period, tr("“%1” is not a period (write for example 2027-03, 2027-03-15, 2027-K1 or "
                                           "2027-v12).")
                                            .arg(text));
            else if (seen.contains(row.period))
                problem(Column::Period, tr("%1 comes twice.").arg(text));
            seen.insert(row.period);
        }
        if (ratio) {
            readNumber(Column::Numerator, &row.value);
            readNumber(Column::Denominator, &row.denominator);
            const bool hasNumerator = !cell(Column::Numerator).isEmpty();
            if (hasNumerator != !cell(Column::Denominator).isEmpty())
                problem(hasNumerator ? Column::Denominator : Column::Numerator,
                        tr("a value needs both the numerator and the denominator."));
            else if (row.denominator && *row.denominator < 0)
                problem(Column::Denominator, tr("the denominator cannot be negative."));
        } else {
            readNumber(Column::Value, &row.value);
        }
        row.note = cell(Column::Note);
        result->rows.append(row);
    }
    return true;
}

} // namespace Leda
