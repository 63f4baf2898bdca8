#include "avatarimage.h"

#include <array>

#include <QCryptographicHash>
#include <QtEndian>

namespace ShopDesk {

namespace {

constexpr int cells = 5;
constexpr int margin = 4;
constexpr int cellSize = (AvatarImage::size - 2 * margin) / cells;

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

QByteArray AvatarImage::png(QStringView seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    const auto byte = [&hash](int i) { return static_cast<quint8>(hash.at(i % hash.size())); };
    // A saturated foreground on a pale tint of itself.
    const std::array<quint8, 3> ink{quint8(40 + byte(0) % 160), quint8(40 + byte(1) % 160), quint8(40 + byte(2) % 160)};
    const std::array<quint8, 3> paper{quint8(235 - ink[0] / 8), quint8(235 - ink[1] / 8), quint8(235 - ink[2] / 8)};
    auto filled = [&byte](int column, int row) {
        const int mirrored = column < (cells + 1) / 2 ? column : cells - 1 - column;
        return (byte(3 + row * 3 + mirrored) & 1) != 0;
    };

    QByteArray pixels;
    pixels.reserve(size * (1 + size * 3));
    for (int y = 0; y < size; ++y) {
        pixels += '\0'; // filter type "none"
        for (int x = 0; x < size; ++x) {
            const bool inside = x >= margin && y >= margin && x < size - margin && y < size - margin;
            const bool on = inside && filled((x - margin) / cellSize, (y - margin) / cellSize);
            const std::array<quint8, 3> &colour = on ? ink : paper;
            for (const quint8 channel : colour)
                pixels += static_cast<char>(channel);
        }
    }
    QByteArray header = bigEndian(size) + bigEndian(size);
    header += '\x08'; // bit depth
    header += '\x02'; // colour type RGB
    header += QByteArray(3, '\0'); // compression, filter, interlace
    // qCompress prefixes the zlib stream with its length; PNG wants the bare stream.
    const QByteArray compressed = qCompress(pixels, 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", compressed) + chunk("IEND", {});
}

} // namespace ShopDesk
