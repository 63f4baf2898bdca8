#include "pngencoder.h"

#include <array>

#include <QtEndian>

namespace ShopDesk {

namespace {

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = crcTable();
    quint32 c = 0xFFFFFFFFU;
    for (const char byte : bytes)
        c = table[(c ^ static_cast<quint8>(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

QByteArray bigEndian(quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 4);
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return bigEndian(static_cast<quint32>(data.size())) + typed + bigEndian(crc32(typed));
}

} // namespace

QByteArray PngEncoder::encodeRgb(int width, int height, const QByteArray &rgb)
{
    QByteArray rows;
    rows.reserve(height * (1 + width * 3));
    for (int y = 0; y < height; ++y) {
        rows += '\0'; // filter type "none"
        rows += rgb.mid(qsizetype(y) * width * 3, qsizetype(width) * 3);
    }
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += '\x08'; // bit depth
    header += '\x02'; // colour type RGB
    header += QByteArray(3, '\0'); // compression, filter, interlace
    // qCompress prefixes the zlib stream with its length; PNG wants the bare stream.
    const QByteArray compressed = qCompress(rows, 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", compressed) + chunk("IEND", {});
}

} // namespace ShopDesk
