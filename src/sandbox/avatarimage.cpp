#include "avatarimage.h"

#include <array>

#include <QCryptographicHash>

#include "sandbox/pngencoder.h"

namespace ShopDesk {

namespace {

constexpr int cells = 5;
constexpr int margin = 4;
constexpr int cellSize = (AvatarImage::size - 2 * margin) / cells;

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
    pixels.reserve(size * size * 3);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const bool inside = x >= margin && y >= margin && x < size - margin && y < size - margin;
            const bool on = inside && filled((x - margin) / cellSize, (y - margin) / cellSize);
            const std::array<quint8, 3> &colour = on ? ink : paper;
            for (const quint8 channel : colour)
                pixels += static_cast<char>(channel);
        }
    }
    return PngEncoder::encodeRgb(size, size, pixels);
}

} // namespace ShopDesk
