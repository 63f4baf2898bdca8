#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>

#include "sandbox/sandboxrequest.h"

namespace ShopDesk {

struct SandboxShop;

/// What a sandbox route answers; the server wraps it in the `{code, message, request_id, data}`
/// envelope.
struct SandboxResponse
{
    int httpStatus = 200;
    qint64 code = 0;
    QString message = QStringLiteral("Success");
    QJsonObject data;

    static SandboxResponse success(QJsonObject data);
    static SandboxResponse failure(int httpStatus, qint64 code, const QString &message);
};

/// A request that passed the gate: signed, timely, with a valid token and the right shop scope.
struct SandboxCall
{
    const SandboxRequest &request;
    /// The shop named by `shop_cipher`; null on routes that forbid the cipher.
    SandboxShop *shop = nullptr;
    QHash<QString, QString> pathArgs;
    QJsonObject body;
};

struct SandboxRoute
{
    QByteArray method;
    QString category;
    /// The part after the version, with `{name}` placeholders: `products/{product_id}`.
    QString resource;
    QStringList versions;
    bool shopScoped = true;
    std::function<SandboxResponse(const SandboxCall &)> handler;

    /// "POST /product/{version}/products/search", the key of the request statistics.
    QString templatePath() const;
};

/// The business routes of the sandbox, matched on `/{category}/{version}/{resource}` so that an
/// unknown version is told apart from an unknown path (36009014 against 36009009).
class SandboxRouteTable final
{
public:
    enum class Outcome { Matched, UnknownPath, WrongMethod, UnsupportedVersion };
    struct Match
    {
        Outcome outcome = Outcome::UnknownPath;
        const SandboxRoute *route = nullptr;
        QHash<QString, QString> pathArgs;
    };

    void add(SandboxRoute route);
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<SandboxRoute> m_routes;
};

} // namespace ShopDesk
