#include "authservice.h"

#include <QRandomGenerator>
#include <QUrlQuery>

#include "api/apiclient.h"
#include "api/authhostclient.h"
#include "domain/shopcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

AuthService::AuthService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QUrl AuthService::authorizationLink(const QUrl &authorizePage, const QString &serviceId)
{
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    m_state = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrl link = authorizePage;
    QUrlQuery query;
    query.addQueryItem(u"service_id"_s, serviceId);
    query.addQueryItem(u"state"_s, m_state);
    link.setQuery(query);
    return link;
}

Result<QString> AuthService::codeFromPaste(const QString &pasted) const
{
    const QString text = pasted.trimmed();
    if (text.isEmpty())
        return Error{u"nothing was pasted"_s, {}};
    if (!text.contains(u'?') && !text.contains(u'=') && !text.contains(u' '))
        return text; // a bare code
    const QUrlQuery query(QUrl(text).query(QUrl::FullyDecoded));
    if (query.queryItemValue(u"error"_s) == u"auth_denied")
        return Error{u"the seller declined the authorization"_s, {}};
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty() || code == u"null")
        return Error{u"the address holds no authorization code"_s, {}};
    if (!m_state.isEmpty() && query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != m_state)
        return Error{u"the address belongs to another authorization attempt; open the link again"_s, {}};
    return code;
}

Reply<TokenGrant> *AuthService::exchange(const QString &authCode)
{
    auto *reply = new Reply<TokenGrant>(this);
    Reply<TokenGrant> *exchange = m_client.authHost().exchangeCode(m_client.connection(), authCode);
    chainReply(exchange, reply, [this](const Reply<TokenGrant> &finished) -> Result<TokenGrant> {
        m_state.clear();
        m_client.useTokens(finished.value());
        return finished.value();
    });
    return reply;
}

Reply<QList<AuthorizedShop>> *AuthService::authorizedShops()
{
    auto *reply = new Reply<QList<AuthorizedShop>>(this);
    chainReply(m_client.send(ApiCall(EndpointId::AuthorizedShops)), reply,
        [](const Reply<QJsonObject> &call) { return ShopCodec::decodeShops(call.value()); });
    return reply;
}

} // namespace ShopDesk
