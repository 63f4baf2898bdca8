#include "sandboxroutetable.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

bool matchResource(const QString &pattern, const QStringList &segments, QHash<QString, QString> &args)
{
    const QStringList parts = pattern.split(u'/');
    if (parts.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            if (segments.at(i).isEmpty())
                return false;
            captured.insert(part.mid(1, part.size() - 2), segments.at(i));
        } else if (part != segments.at(i)) {
            return false;
        }
    }
    args = captured;
    return true;
}

} // namespace

SandboxResponse SandboxResponse::success(QJsonObject data)
{
    SandboxResponse response;
    response.data = std::move(data);
    return response;
}

SandboxResponse SandboxResponse::failure(int httpStatus, qint64 code, const QString &message)
{
    SandboxResponse response;
    response.httpStatus = httpStatus;
    response.code = code;
    response.message = message;
    return response;
}

SandboxResponse SandboxResponse::html(int httpStatus, const QString &html)
{
    SandboxResponse response;
    response.httpStatus = httpStatus;
    response.rawBody = html.toUtf8();
    response.contentType = "text/html; charset=utf-8";
    return response;
}

QString SandboxRoute::templatePath() const
{
    return QString::fromLatin1(method) + u" /"_s + category + u"/{version}/"_s + resource;
}

void SandboxRouteTable::add(SandboxRoute route)
{
    m_routes.append(std::move(route));
}

SandboxRouteTable::Match SandboxRouteTable::match(const QByteArray &method, const QString &path) const
{
    // "/category/version/resource..." splits into "", category, version, resource segments.
    const QStringList segments = path.split(u'/');
    Match result;
    if (segments.size() < 4 || !segments.first().isEmpty())
        return result;
    const QString &category = segments.at(1);
    const QString &version = segments.at(2);
    const QStringList resource = segments.mid(3);
    for (const SandboxRoute &route : m_routes) {
        QHash<QString, QString> args;
        if (route.category != category || !matchResource(route.resource, resource, args))
            continue;
        if (route.method != method) {
            if (result.outcome == Outcome::UnknownPath)
                result.outcome = Outcome::WrongMethod;
            continue;
        }
        if (!route.versions.contains(version)) {
            result.outcome = Outcome::UnsupportedVersion;
            result.route = &route;
            continue;
        }
        return Match{Outcome::Matched, &route, args};
    }
    return result;
}

} // namespace ShopDesk
