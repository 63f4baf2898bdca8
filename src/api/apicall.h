#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "api/endpoints.h"
#include "api/requestsigner.h"
#include "io/multipartform.h"

namespace ShopDesk {

/// One call to an endpoint of the table: path arguments, endpoint query parameters and JSON body.
/// The common parameters (app_key, timestamp, shop_cipher, sign) are added by ApiClient.
class ApiCall final
{
public:
    explicit ApiCall(EndpointId endpoint);

    ApiCall &pathArg(QStringView name, const QString &value);
    ApiCall &query(const QString &key, const QString &value);
    ApiCall &query(const QString &key, qint64 value);
    ApiCall &jsonBody(const QJsonObject &body);
    /// Sends `parts` as multipart/form-data (uploads) instead of a JSON body.
    ApiCall &multipart(const QList<FormPart> &parts);

    const Endpoint &endpoint() const;
    /// The versioned path with its placeholders filled in (percent-encoded).
    QString path() const;
    const QueryItems &queryItems() const { return m_query; }
    /// Exactly the bytes sent; emptyPostBody for a body-less POST, empty for GET. They are signed
    /// unless the call is multipart (reference section 3).
    QByteArray body() const;
    bool isMultipart() const { return !m_boundary.isEmpty(); }
    QByteArray contentType() const;
    /// The text fields of a multipart call, for signMultipartTextFields.
    QueryItems multipartTextFields() const;

private:
    EndpointId m_endpoint;
    QList<std::pair<QString, QString>> m_pathArgs;
    QueryItems m_query;
    QByteArray m_body;
    QByteArray m_boundary;
    QList<FormPart> m_parts;
};

} // namespace ShopDesk
