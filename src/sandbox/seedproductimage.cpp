#include "seedproductimage.h"

#include <array>

#include <QCryptographicHash>

#include "sandbox/pngencoder.h"

namespace ShopDesk {

namespace {

using Colour = std::array<quint8, 3>;

Colour tint(const Colour &colour, int towardsWhitePercent)
{
    Colour result{};
    for (std::size_t i = 0; i < colour.size(); ++i)
        result[i] = quint8(colour[i] + (255 - colour[i]) * towardsWhitePercent / 100);
    return result;
}

} // namespace

QByteArray SeedProductImage::png(QStringView seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    const auto byte = [&hash](int i) { return static_cast<quint8>(hash.at(i % hash.size())); };
    const Colour ink{quint8(30 + byte(0) % 170), quint8(30 + byte(1) % 170), quint8(30 + byte(2) % 170)};
    const Colour paper = tint(ink, 88);
    const Colour band = tint(ink, 45);
    // The parcel: a box with a lighter band across it, placed a little differently per seed.
    const int left = 90 + byte(3) % 40;
    const int top = 110 + byte(4) % 40;
    const int right = side - 90 - byte(5) % 40;
    const int bottom = side - 80 - byte(6) % 30;
    const int bandTop = top + (bottom - top) / 3;
    const int bandBottom = bandTop + (bottom - top) / 6;

    QByteArray pixels;
    pixels.reserve(side * side * 3);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const bool inBox = x >= left && x < right && y >= top && y < bottom;
            const bool inShadow = !inBox && x >= left + 10 && x < right + 10 && y >= bottom && y < bottom + 10;
            const Colour &colour = inBox ? (y >= bandTop && y < bandBottom ? band : ink)
                : inShadow               ? tint(ink, 75)
                                         : paper;
            for (const quint8 channel : colour)
                pixels += static_cast<char>(channel);
        }
    }
    return PngEncoder::encodeRgb(side, side, pixels);
}

} // namespace ShopDesk
