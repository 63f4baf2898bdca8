#pragma once

#include <QByteArray>

class QDebug;

namespace ShopDesk {

/// A credential (app secret, access or refresh token). Its bytes are reachable only through
/// reveal(), so that it cannot slip into a log line, a QVariant or settings by accident: the debug
/// stream prints a redaction marker.
class Secret final
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes);

    const QByteArray &reveal() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

    bool operator==(const Secret &other) const = default;

private:
    QByteArray m_bytes;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace ShopDesk
