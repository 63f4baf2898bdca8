#pragma once

#include <optional>

#include <QByteArrayView>
#include <QString>

namespace ShopDesk {

/// The sandbox's opaque page tokens. Like the real ones they are base64 holding `+`, `/` and `=`,
/// so a client that does not percent-encode them is caught. Each token is tied to the query it
/// came from: used with another shop or other filters it is refused.
class PageToken final
{
public:
    static QString encode(qint64 offset, QByteArrayView queryContext);
    static std::optional<qint64> decode(const QString &token, QByteArrayView queryContext);
};

} // namespace ShopDesk
