#pragma once

#include <optional>

#include <QJsonValue>
#include <QList>
#include <QStringList>

class QTextStream;

namespace ShopDesk {

/// How shopdesk-cli prints results: aligned columns for people, one JSON document or CSV for
/// scripts.
enum class CliFormat { Table, Json, Csv };

/// What a command prints: named columns and rows of values (strings, numbers, booleans). A record
/// is a table of one row that JSON prints as an object and the table format as name/value lines.
struct CliTable
{
    QStringList columns;
    QList<QList<QJsonValue>> rows;
    bool record = false;

    void addRow(QList<QJsonValue> row) { rows.append(std::move(row)); }
};

class CliOutput final
{
public:
    static std::optional<CliFormat> formatFromName(QStringView name);
    static void write(QTextStream &out, const CliTable &table, CliFormat format);
    /// A value as the table and CSV formats show it.
    static QString text(const QJsonValue &value);
    /// Epoch seconds as an ISO 8601 UTC time; empty for 0 (not set).
    static QString isoTime(qint64 secs);
};

} // namespace ShopDesk
