#pragma once

#include <QByteArray>

namespace ShopDesk {

/// Writes 8-bit RGB pixels as a PNG file by hand (zlib from qCompress, CRC-32 here), because src/
/// links no Gui module and so has no QImage. Used for the sandbox's generated pictures.
class PngEncoder final
{
public:
    /// `rgb` holds `height` rows of `width` × 3 bytes, top row first.
    static QByteArray encodeRgb(int width, int height, const QByteArray &rgb);
};

} // namespace ShopDesk
