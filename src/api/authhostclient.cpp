#include "authhostclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include "api/envelopeparser.h"
#include "api/shopconnection.h"
#include "core/clock.h"
#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

AuthHostClient::AuthHostClient(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{ }

Reply<TokenGrant> *AuthHostClient::exchangeCode(const ShopConnection &connection, const QString &authCode)
{
    // The grant type is "authorized_code", not OAuth's usual "authorization_code" (reference 2.2).
    return get(
        connection, u"/api/v2/token/get"_s, {{u"auth_code"_s, authCode}, {u"grant_type"_s, u"authorized_code"_s}});
}

Reply<TokenGrant> *AuthHostClient::refresh(const ShopConnection &connection)
{
    return get(connection, u"/api/v2/token/refresh"_s,
        {{u"refresh_token"_s, QString::fromUtf8(connection.refreshToken.reveal())},
            {u"grant_type"_s, u"refresh_token"_s}});
}

Reply<TokenGrant> *AuthHostClient::get(
    const ShopConnection &connection, const QString &path, const QList<std::pair<QString, QString>> &parameters)
{
    auto *reply = new Reply<TokenGrant>(this);
    QByteArray query = "app_key=" + QUrl::toPercentEncoding(connection.appKey)
        + "&app_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(connection.appSecret.reveal()));
    for (const auto &[key, value] : parameters)
        query += '&' + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    QUrl url = connection.authBaseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    QNetworkReply *networkReply = m_network.get(request);
    qCDebug(lcApi).noquote() << "GET" << path << "(auth host)";
    reply->setCancelHandler([networkReply, reply] {
        QObject::disconnect(networkReply, nullptr, reply, nullptr);
        networkReply->abort();
        networkReply->deleteLater();
    });
    connect(networkReply, &QNetworkReply::finished, reply, [this, networkReply, reply] {
        networkReply->deleteLater();
        EnvelopeParser::Outcome outcome = EnvelopeParser::parse(*networkReply, true);
        if (auto *error = std::get_if<ApiError>(&outcome)) {
            reply->finishWithError(*error);
            return;
        }
        const Envelope &envelope = std::get<Envelope>(outcome);
        reply->setRequestId(envelope.requestId);
        Result<TokenGrant> grant = TokenGrantCodec::decode(envelope.data, m_clock.nowSecs());
        if (grant)
            reply->finishWithValue(std::move(grant).value());
        else
            reply->finishWithError(ApiError::decode(grant.error().toString(), envelope.requestId));
    });
    return reply;
}

} // namespace ShopDesk
