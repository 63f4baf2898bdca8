#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

QString CsvWriter::field(const QString &value)
{
    const bool quoted = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
    if (!quoted)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString CsvWriter::record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &value : fields)
        escaped.append(field(value));
    return escaped.join(u',') + u"\r\n"_s;
}

QByteArray CsvWriter::document(const QList<QStringList> &records, Bom bom)
{
    QString text;
    for (const QStringList &fields : records)
        text += record(fields);
    const QByteArray body = text.toUtf8();
    return bom == Bom::With ? QByteArray("\xEF\xBB\xBF") + body : body;
}

} // namespace ShopDesk
