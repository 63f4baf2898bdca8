#pragma once

#include <functional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "sandbox/sandboxrequest.h"

namespace ShopDesk {

struct SandboxShop;
struct SandboxStats;

/// What a sandbox route answers; the server wraps it in the `{code, message, request_id, data}`
/// envelope.
struct SandboxResponse
{
    int httpStatus = 200;
    qint64 code = 0;
    QString message = QStringLiteral("Success");
    QJsonObject data;
    /// `data` already written as compact JSON, in its place, by routes that answer with many
    /// records (a page of orders) and write them straight to bytes.
    QByteArray dataJson;
    /// Set for answers that are not an API envelope (the authorization page).
    QByteArray rawBody;
    QByteArray contentType;
    /// Seconds a client should wait, sent as `Retry-After` with 429 and 503.
    int retryAfter = 0;

    static SandboxResponse success(QJsonObject data);
    static SandboxResponse html(int httpStatus, const QString &html);
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
    /// Write routes record each attempt per object id here.
    SandboxStats *stats = nullptr;
    /// The sandbox clock's now, for update times and state machines.
    qint64 now = 0;
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
