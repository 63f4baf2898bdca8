#include "commandlinetool.h"

#include <QTextStream>
#include <QTimer>

#include "api/authservice.h"
#include "api/productservice.h"
#include "api/shopsession.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

CommandLineTool::CommandLineTool(ShopSession &session, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_err(err)
{ }

QStringList CommandLineTool::commands()
{
    return {u"shops"_s, u"products"_s};
}

int CommandLineTool::exitCodeFor(const ApiError &error)
{
    switch (error.category) {
    case ApiErrorCategory::AuthExpired:
    case ApiErrorCategory::Reauthorize:
    case ApiErrorCategory::Signature:
    case ApiErrorCategory::Permission:
        return AuthError;
    case ApiErrorCategory::Network:
    case ApiErrorCategory::Timeout:
        return NetworkError;
    default:
        return ApiFailure;
    }
}

ShopConnection CommandLineTool::connectionFromEnvironment(const QUrl &apiBaseUrl)
{
    ShopConnection connection;
    connection.apiBaseUrl = apiBaseUrl;
    connection.appKey = qEnvironmentVariable("SHOPDESK_APP_KEY");
    connection.appSecret = Secret(qgetenv("SHOPDESK_APP_SECRET"));
    connection.accessToken = Secret(qgetenv("SHOPDESK_ACCESS_TOKEN"));
    connection.shopCipher = qEnvironmentVariable("SHOPDESK_SHOP_CIPHER");
    return connection;
}

void CommandLineTool::fail(const ApiError &error)
{
    m_err << "error: " << error.toString() << Qt::endl;
    emit finished(exitCodeFor(error));
}

void CommandLineTool::run(const QString &command)
{
    if (command == u"shops") {
        auto *reply = m_session.auth().authorizedShops();
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->hasError())
                return fail(*reply->error());
            for (const AuthorizedShop &shop : reply->value())
                m_out << shop.id << '\t' << shop.name << '\t' << shop.region << '\t' << shop.cipher << '\n';
            m_out.flush();
            emit finished(Success);
        });
    } else if (command == u"products") {
        auto *reply = m_session.products().searchAll();
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->hasError())
                return fail(*reply->error());
            for (const Product &product : reply->value()) {
                m_out << product.id << '\t' << productStatusToApi(product.status) << '\t' << product.totalStock()
                      << '\t' << product.title << '\n';
            }
            m_out.flush();
            emit finished(Success);
        });
    } else {
        m_err << "unknown command \"" << command << "\"; commands: " << commands().join(u", "_s) << Qt::endl;
        QTimer::singleShot(0, this, [this] { emit finished(UsageError); });
    }
}

} // namespace ShopDesk
