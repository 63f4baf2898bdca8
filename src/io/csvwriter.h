#pragma once

#include <QStringList>

class QIODevice;

namespace ShopDesk {

/// Writes RFC 4180 CSV in UTF-8: fields with a comma, quote or line break are quoted, quotes
/// doubled, lines end in CRLF. The optional byte order mark makes Excel read the file as UTF-8.
class CsvWriter final
{
public:
    enum class ByteOrderMark { Omit, Write };

    explicit CsvWriter(QIODevice &device, ByteOrderMark bom = ByteOrderMark::Omit);

    void writeRow(const QStringList &fields);
    /// False once a write to the device failed (a full disk, a closed pipe).
    bool ok() const { return m_ok; }

    static QString escape(const QString &field);

private:
    QIODevice &m_device;
    bool m_ok = true;
};

} // namespace ShopDesk
