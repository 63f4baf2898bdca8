#pragma once

#include <QByteArrayView>
#include <QString>

namespace ShopDesk {

/// The format and pixel size of an image, read from its first bytes without decoding it: src/ has
/// no QImage, and a listing's images are checked (by the client before uploading, by the sandbox
/// when they arrive) long before anything needs their pixels.
struct ImageHeader
{
    enum class Format { Unknown, Png, Jpeg, Gif, Webp };

    Format format = Format::Unknown;
    int width = 0;
    int height = 0;

    /// Unknown (and 0 × 0) for bytes that are no image of a known format, or are cut short.
    static ImageHeader read(QByteArrayView bytes);
    static QString formatName(Format format);
    bool isValid() const { return format != Format::Unknown && width > 0 && height > 0; }
};

} // namespace ShopDesk
