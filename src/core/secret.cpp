#include "secret.h"

#include <QDebug>

namespace ShopDesk {

Secret::Secret(QByteArray bytes)
    : m_bytes(std::move(bytes))
{ }

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "Secret(empty)" : "Secret(redacted)");
    return debug;
}

} // namespace ShopDesk
