#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class QHttpServerRequest;

namespace ShopDesk {

/// An HTTP request as the sandbox reads it: query values decoded the way production servers
/// decode them (`+` is a space), header names lowercased.
struct SandboxRequest
{
    QByteArray method;
    QString path;
    QList<std::pair<QString, QString>> query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    static SandboxRequest fromHttp(const QHttpServerRequest &request);
    /// Decodes a raw query string; `+` becomes a space before percent-decoding.
    static QList<std::pair<QString, QString>> decodeQuery(QByteArrayView rawQuery);

    bool hasQuery(QStringView key) const;
    QString queryValue(QStringView key) const;
    QByteArray header(QByteArrayView lowercaseName) const { return headers.value(lowercaseName.toByteArray()); }
};

} // namespace ShopDesk
