#include "csvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace ShopDesk {

CsvWriter::CsvWriter(QIODevice &device, ByteOrderMark bom)
    : m_device(device)
{
    if (bom == ByteOrderMark::Write)
        m_ok = m_device.write("\xEF\xBB\xBF") == 3;
}

QString CsvWriter::escape(const QString &field)
{
    const bool needsQuotes
        = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field));
    const QByteArray line = (escaped.join(u',') + u"\r\n"_s).toUtf8();
    if (m_device.write(line) != line.size())
        m_ok = false;
}

} // namespace ShopDesk
