#pragma once

#include <QByteArray>
#include <QStringView>

namespace ShopDesk {

/// Tiny PNG avatars for the sandbox's creators: a symmetric five-by-five pattern in a colour taken
/// from the seed text, like the identicons of code hosts. Written by hand (zlib from qCompress,
/// CRC-32 in PngEncoder) because src/ links no Gui module and so has no QImage.
class AvatarImage final
{
public:
    static constexpr int size = 48;

    static QByteArray png(QStringView seed);
};

} // namespace ShopDesk
