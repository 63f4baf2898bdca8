#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>

namespace ShopDesk {

/// Query parameters in the order they are sent, with decoded (not percent-encoded) values.
using QueryItems = QList<std::pair<QString, QString>>;

/// Reference section 3, step 5: a multipart body is not signed. Whether its text fields (an
/// upload's `use_case`) are signed as parameters instead is not documented; ShopDesk and its
/// sandbox leave them out. The one place to change it.
inline constexpr bool signMultipartTextFields = false;

/// The TikTok Shop request signature (reference section 3): a pure function, pinned by the
/// official vectors in tst_requestsigner.
class RequestSigner final
{
public:
    /// Lowercase hex HMAC-SHA256 of `secret + path + sorted key/value pairs + body + secret`.
    /// `sign` and `access_token` are never part of it; pass an empty body for GET and multipart.
    static QByteArray sign(
        const QByteArray &appSecret, QStringView path, const QueryItems &query, const QByteArray &body);
    /// The message before the HMAC, for tests and for diagnosing a 106001.
    static QByteArray stringToSign(
        const QByteArray &appSecret, QStringView path, const QueryItems &query, const QByteArray &body);
};

} // namespace ShopDesk
