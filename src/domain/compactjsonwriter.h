#pragma once

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
    explicit CompactJsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// `name` is plain ASCII that needs no escaping.
    void key(const char *name);
    void string(QStringView text);
    void integer(qint64 value);
    void boolean(bool value);
    /// A value that is JSON already.
    void raw(QByteArrayView json);

    /// Appends `text` as a JSON string literal, escaped as QJsonDocument escapes it.
    static void appendString(QByteArray &out, QStringView text);
    static void appendInteger(QByteArray &out, qint64 value);

private:
    void separate()
    {
        if (m_needComma)
            m_out += ',';
    }
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_needComma = false;
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_needComma = true;
    }

    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace ShopDesk
