#include "compactjsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <utility>

namespace ShopDesk {

namespace {

char hexDigit(uint value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

/// Escapes as QJsonDocument does; `cursor` has room for six bytes per unit.
char *writeEscaped(char *cursor, QStringView text)
{
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
    return cursor;
}

} // namespace

CompactJsonWriter::CompactJsonWriter(qsizetype expectedSize)
{
    m_bytes.resize(std::max<qsizetype>(expectedSize, 16));
}

char *CompactJsonWriter::reserve(qsizetype bytes)
{
    if (m_bytes.size() - m_used < bytes)
        m_bytes.resize(std::max(2 * m_bytes.size(), m_used + bytes));
    return m_bytes.data() + m_used;
}

QByteArray CompactJsonWriter::take()
{
    m_bytes.truncate(m_used);
    m_used = 0;
    m_needComma = false;
    return std::exchange(m_bytes, {});
}

void CompactJsonWriter::open(char bracket)
{
    char *cursor = reserve(2);
    if (m_needComma)
        *cursor++ = ',';
    *cursor++ = bracket;
    commit(cursor);
    m_needComma = false;
}

void CompactJsonWriter::close(char bracket)
{
    char *cursor = reserve(1);
    *cursor++ = bracket;
    commit(cursor);
    m_needComma = true;
}

void CompactJsonWriter::writeKey(const char *name, qsizetype size)
{
    char *cursor = reserve(size + 4);
    if (m_needComma)
        *cursor++ = ',';
    *cursor++ = '"';
    std::memcpy(cursor, name, static_cast<std::size_t>(size));
    cursor += size;
    *cursor++ = '"';
    *cursor++ = ':';
    commit(cursor);
    m_needComma = false;
}

void CompactJsonWriter::string(QStringView text)
{
    // Room for the worst case, every unit a six-byte escape: one size check per string.
    char *cursor = reserve(6 * text.size() + 3);
    if (m_needComma)
        *cursor++ = ',';
    *cursor++ = '"';
    cursor = writeEscaped(cursor, text);
    *cursor++ = '"';
    commit(cursor);
    m_needComma = true;
}

void CompactJsonWriter::integer(qint64 value)
{
    char *cursor = reserve(24);
    if (m_needComma)
        *cursor++ = ',';
    cursor = std::to_chars(cursor, cursor + 22, value).ptr;
    commit(cursor);
    m_needComma = true;
}

void CompactJsonWriter::boolean(bool value)
{
    raw(value ? QByteArrayView("true") : QByteArrayView("false"));
}

void CompactJsonWriter::raw(QByteArrayView json)
{
    char *cursor = reserve(json.size() + 1);
    if (m_needComma)
        *cursor++ = ',';
    if (!json.isEmpty())
        std::memcpy(cursor, json.data(), static_cast<std::size_t>(json.size()));
    commit(cursor + json.size());
    m_needComma = true;
}

} // namespace ShopDesk
