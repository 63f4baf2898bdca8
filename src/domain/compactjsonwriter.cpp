#include "compactjsonwriter.h"

#include <charconv>
#include <cstring>
#include <iterator>

namespace ShopDesk {

namespace {

char hexDigit(uint value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

void CompactJsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out.append(name, static_cast<qsizetype>(std::strlen(name)));
    m_out += "\":";
    m_needComma = false;
}

void CompactJsonWriter::string(QStringView text)
{
    separate();
    appendString(m_out, text);
    m_needComma = true;
}

void CompactJsonWriter::integer(qint64 value)
{
    separate();
    appendInteger(m_out, value);
    m_needComma = true;
}

void CompactJsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
    m_needComma = true;
}

void CompactJsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out += json;
    m_needComma = true;
}

void CompactJsonWriter::appendString(QByteArray &out, QStringView text)
{
    // Room for the worst case (every unit a six-byte escape) up front, written through a pointer
    // and cut back at the end: one size check per string instead of one per character.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t *at = text.utf16();
    const char16_t *const end = at + text.size();
    while (at != end) {
        const char16_t unit = *at++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *cursor++ = static_cast<char>(unit);
                continue;
            }
            *cursor++ = '\\';
            switch (unit) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case u'\b':
                *cursor++ = 'b';
                break;
            case u'\f':
                *cursor++ = 'f';
                break;
            case u'\n':
                *cursor++ = 'n';
                break;
            case u'\r':
                *cursor++ = 'r';
                break;
            case u'\t':
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(unit >> 4);
                *cursor++ = hexDigit(unit & 0xf);
                break;
            }
        } else if (unit < 0x800) {
            *cursor++ = static_cast<char>(0xc0 | (unit >> 6));
            *cursor++ = static_cast<char>(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *cursor++ = static_cast<char>(0xe0 | (unit >> 12));
            *cursor++ = static_cast<char>(0x80 | ((unit >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && at != end && QChar::isLowSurrogate(*at)) {
            // Two units, four bytes: within the room of two escapes.
            const char32_t point = QChar::surrogateToUcs4(unit, *at++);
            *cursor++ = static_cast<char>(0xf0 | (point >> 18));
            *cursor++ = static_cast<char>(0x80 | ((point >> 12) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | ((point >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (point & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 spelling: QJsonDocument writes it as an escape too.
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hexDigit((unit >> 12) & 0xf);
            *cursor++ = hexDigit((unit >> 8) & 0xf);
            *cursor++ = hexDigit((unit >> 4) & 0xf);
            *cursor++ = hexDigit(unit & 0xf);
        }
    }
    *cursor++ = '"';
    out.truncate(cursor - out.constData());
}

void CompactJsonWriter::appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const std::to_chars_result written = std::to_chars(std::begin(digits), std::end(digits), value);
    out.append(digits, written.ptr - digits);
}

} // namespace ShopDesk
