#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

namespace ShopDesk {

SandboxFixture::SandboxFixture(const SandboxOptions &options)
    : m_server(std::make_unique<SandboxServer>(options, m_clock))
{
    m_port = m_server->listenOnLoopback(0);
}

std::pair<int, QByteArray> SandboxFixture::httpCall(
    const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    const QUrl url = m_server->baseUrl().resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {0, {}};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    delete reply;
    return {status, answer};
}

QJsonObject SandboxFixture::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return QJsonDocument::fromJson(httpCall(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact)).second)
        .object();
}

QString SandboxFixture::consent(const QUrl &link)
{
    const auto [status, html] = httpCall("GET", link.path() + u'?' + link.query(QUrl::FullyEncoded));
    if (status != 200)
        return {};
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    return href.match(QString::fromUtf8(html)).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace ShopDesk
