#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include "core/result.h"

namespace ShopDesk {

/// A CSV file read whole: its header and its rows, each with the line it started on so that
/// problems can be pointed at.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;

    /// The column whose header is one of `names` (case and surrounding spaces ignored), or -1.
    int column(std::initializer_list<QStringView> names) const;
};

/// Reads RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a byte order mark, comma
/// separated, quoted fields with doubled quotes and line breaks, CRLF or LF. A broken file is an
/// error that names the line, never a partial table.
class CsvReader final
{
public:
    /// Files larger than this are refused before parsing.
    static constexpr qsizetype maximumBytes = 64 * 1024 * 1024;

    static Result<CsvTable> parse(QByteArrayView data);
};

} // namespace ShopDesk
