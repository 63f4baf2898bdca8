#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShopDesk {

/// Comma-separated values as RFC 4180 writes them: CRLF after every record, and a field quoted
/// (with its quotes doubled) when it holds a comma, a quote, CR or LF. UTF-8, with an optional
/// byte-order mark for spreadsheet programs that need one to detect UTF-8.
class CsvWriter final
{
public:
    enum class Bom { Without, With };

    static QString field(const QString &value);
    static QString record(const QStringList &fields);
    static QByteArray document(const QList<QStringList> &records, Bom bom = Bom::Without);
};

} // namespace ShopDesk
