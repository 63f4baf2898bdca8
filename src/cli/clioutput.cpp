#include "clioutput.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "io/csvwriter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qsizetype columnGap = 2;

QJsonObject objectOf(const QStringList &columns, const QList<QJsonValue> &row)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), row.value(i));
    return object;
}

void writeJson(QTextStream &out, const CliTable &table)
{
    QJsonDocument document;
    if (table.record) {
        document.setObject(objectOf(table.columns, table.rows.value(0)));
    } else {
        QJsonArray array;
        for (const QList<QJsonValue> &row : table.rows)
            array.append(objectOf(table.columns, row));
        document.setArray(array);
    }
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void writeCsv(QTextStream &out, const CliTable &table)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.writeRow(table.columns);
    for (const QList<QJsonValue> &row : table.rows) {
        QStringList fields;
        for (const QJsonValue &value : row)
            fields.append(CliOutput::text(value));
        csv.writeRow(fields);
    }
    out << QString::fromUtf8(buffer.data());
}

void writeLines(QTextStream &out, const QList<QStringList> &lines)
{
    QList<qsizetype> widths;
    for (const QStringList &line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i >= widths.size())
                widths.append(0);
            widths[i] = qMax(widths.at(i), line.at(i).size());
        }
    }
    for (const QStringList &line : lines) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + columnGap) : line.at(i);
        out << text << '\n';
    }
}

void writeTable(QTextStream &out, const CliTable &table)
{
    QList<QStringList> lines;
    if (table.record) {
        // One thing: a name and a value per line reads better than one very wide row.
        const QList<QJsonValue> row = table.rows.value(0);
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            lines.append({table.columns.at(i), CliOutput::text(row.value(i))});
    } else {
        lines.append(table.columns);
        for (const QList<QJsonValue> &row : table.rows) {
            QStringList line;
            for (const QJsonValue &value : row)
                line.append(CliOutput::text(value));
            lines.append(line);
        }
    }
    writeLines(out, lines);
}

} // namespace

std::optional<CliFormat> CliOutput::formatFromName(QStringView name)
{
    if (name == u"table")
        return CliFormat::Table;
    if (name == u"json")
        return CliFormat::Json;
    if (name == u"csv")
        return CliFormat::Csv;
    return std::nullopt;
}

QString CliOutput::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger(qint64(value.toDouble())));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts.append(text(element));
        return parts.join(u' ');
    }
    default:
        return {};
    }
}

QString CliOutput::isoTime(qint64 secs)
{
    return secs == 0 ? QString() : QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

void CliOutput::write(QTextStream &out, const CliTable &table, CliFormat format)
{
    switch (format) {
    case CliFormat::Table:
        writeTable(out, table);
        break;
    case CliFormat::Json:
        writeJson(out, table);
        break;
    case CliFormat::Csv:
        writeCsv(out, table);
        break;
    }
    out.flush();
}

} // namespace ShopDesk
