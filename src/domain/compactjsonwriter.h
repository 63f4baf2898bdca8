#pragma once

#include <cstddef>

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace ShopDesk {

/// Writes compact JSON straight into bytes, the way QJsonDocument::toJson(Compact) spells it, for
/// the few documents written often enough (a page of orders, an order's cache row) that building a
/// QJsonObject first costs more than the rest of the work. The caller writes object keys in the
/// order QJsonObject sorts them, so that both spellings stay byte for byte the same.
class CompactJsonWriter final
{
public:
    /// `expectedSize` bytes are set aside up front; more are added as needed.
    explicit CompactJsonWriter(qsizetype expectedSize = 256);

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// `name` is a literal of plain ASCII that needs no escaping.
    template <std::size_t Size>
    void key(const char (&name)[Size])
    {
        writeKey(name, static_cast<qsizetype>(Size - 1));
    }
    /// A key and its string value, the most common pair.
    template <std::size_t Size>
    void field(const char (&name)[Size], QStringView text)
    {
        key(name);
        string(text);
    }
    void string(QStringView text);
    void integer(qint64 value);
    void boolean(bool value);
    /// A value that is JSON already.
    void raw(QByteArrayView json);

    /// The bytes written so far; the writer starts empty again.
    QByteArray take();

private:
    /// Makes room for `bytes` more and returns where they go; commit() says where they ended.
    char *reserve(qsizetype bytes);
    void commit(const char *end) { m_used = end - m_bytes.constData(); }
    void writeKey(const char *name, qsizetype size);
    void open(char bracket);
    void close(char bracket);

    QByteArray m_bytes;
    qsizetype m_used = 0;
    bool m_needComma = false;
};

} // namespace ShopDesk
