#include "imageheader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

int byteAt(QByteArrayView bytes, qsizetype at)
{
    return static_cast<unsigned char>(bytes.at(at));
}

int bigEndian16(QByteArrayView bytes, qsizetype at)
{
    return byteAt(bytes, at) << 8 | byteAt(bytes, at + 1);
}

qint64 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    return qint64(bigEndian16(bytes, at)) << 16 | bigEndian16(bytes, at + 2);
}

int littleEndian16(QByteArrayView bytes, qsizetype at)
{
    return byteAt(bytes, at) | byteAt(bytes, at + 1) << 8;
}

int littleEndian24(QByteArrayView bytes, qsizetype at)
{
    return littleEndian16(bytes, at) | byteAt(bytes, at + 2) << 16;
}

ImageHeader sized(ImageHeader::Format format, qint64 width, qint64 height)
{
    // Nonsense sizes are treated as unreadable rather than trusted.
    constexpr qint64 largest = 1 << 20;
    if (width <= 0 || height <= 0 || width > largest || height > largest)
        return {};
    return {format, int(width), int(height)};
}

ImageHeader readPng(QByteArrayView bytes)
{
    // Signature, then the IHDR chunk: length, type, width, height (big-endian).
    if (bytes.size() < 24 || bytes.sliced(12, 4) != "IHDR")
        return {};
    return sized(ImageHeader::Format::Png, bigEndian32(bytes, 16), bigEndian32(bytes, 20));
}

bool isStartOfFrame(int marker)
{
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

ImageHeader readJpeg(QByteArrayView bytes)
{
    qsizetype at = 2;
    while (at + 4 <= bytes.size()) {
        if (byteAt(bytes, at) != 0xFF)
            return {};
        const int marker = byteAt(bytes, at + 1);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2; // markers without a length
            continue;
        }
        const int length = bigEndian16(bytes, at + 2);
        if (isStartOfFrame(marker)) {
            if (at + 9 > bytes.size())
                return {};
            return sized(ImageHeader::Format::Jpeg, bigEndian16(bytes, at + 7), bigEndian16(bytes, at + 5));
        }
        if (length < 2)
            return {};
        at += 2 + length;
    }
    return {};
}

ImageHeader readWebp(QByteArrayView bytes)
{
    if (bytes.size() < 30)
        return {};
    const QByteArrayView chunk = bytes.sliced(12, 4);
    if (chunk == "VP8X")
        return sized(ImageHeader::Format::Webp, littleEndian24(bytes, 24) + 1, littleEndian24(bytes, 27) + 1);
    if (chunk == "VP8 ")
        return sized(ImageHeader::Format::Webp, littleEndian16(bytes, 26) & 0x3FFF, littleEndian16(bytes, 28) & 0x3FFF);
    if (chunk == "VP8L") {
        const qint64 bits = qint64(littleEndian16(bytes, 21)) | qint64(littleEndian16(bytes, 23)) << 16;
        return sized(ImageHeader::Format::Webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    return {};
}

} // namespace

ImageHeader ImageHeader::read(QByteArrayView bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return readPng(bytes);
    if (bytes.size() >= 3 && byteAt(bytes, 0) == 0xFF && byteAt(bytes, 1) == 0xD8 && byteAt(bytes, 2) == 0xFF)
        return readJpeg(bytes);
    if ((bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")) && bytes.size() >= 10)
        return sized(Format::Gif, littleEndian16(bytes, 6), littleEndian16(bytes, 8));
    if (bytes.startsWith("RIFF") && bytes.size() >= 12 && bytes.sliced(8, 4) == "WEBP")
        return readWebp(bytes);
    return {};
}

QString ImageHeader::formatName(Format format)
{
    switch (format) {
    case Format::Png:
        return u"PNG"_s;
    case Format::Jpeg:
        return u"JPEG"_s;
    case Format::Gif:
        return u"GIF"_s;
    case Format::Webp:
        return u"WebP"_s;
    case Format::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace ShopDesk
