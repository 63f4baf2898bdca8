#include "apicall.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ShopDesk {

ApiCall::ApiCall(EndpointId endpoint)
    : m_endpoint(endpoint)
{ }

ApiCall &ApiCall::pathArg(QStringView name, const QString &value)
{
    m_pathArgs.append({name.toString(), value});
    return *this;
}

ApiCall &ApiCall::query(const QString &key, const QString &value)
{
    m_query.append({key, value});
    return *this;
}

ApiCall &ApiCall::query(const QString &key, qint64 value)
{
    return query(key, QString::number(value));
}

ApiCall &ApiCall::jsonBody(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return *this;
}

ApiCall &ApiCall::multipart(const QList<FormPart> &parts)
{
    m_parts = parts;
    m_boundary = MultipartForm::newBoundary();
    m_body = MultipartForm::encode(parts, m_boundary);
    return *this;
}

QByteArray ApiCall::contentType() const
{
    return isMultipart() ? MultipartForm::contentType(m_boundary) : QByteArrayLiteral("application/json");
}

QueryItems ApiCall::multipartTextFields() const
{
    QueryItems fields;
    for (const FormPart &part : m_parts) {
        if (!part.isFile())
            fields.append({part.name, QString::fromUtf8(part.data)});
    }
    return fields;
}

const Endpoint &ApiCall::endpoint() const
{
    return Endpoints::get(m_endpoint);
}

QString ApiCall::path() const
{
    QString path = endpoint().path.toString();
    for (const auto &[name, value] : m_pathArgs)
        path.replace(u'{' + name + u'}', QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return path;
}

QByteArray ApiCall::body() const
{
    if (endpoint().method == HttpMethod::Get)
        return {};
    return m_body.isEmpty() ? emptyPostBody.toByteArray() : m_body;
}

} // namespace ShopDesk
