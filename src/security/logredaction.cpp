#include "logredaction.h"

#include <array>

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr std::array secretParameters{
    QStringView(u"sign"),
    QStringView(u"access_token"),
    QStringView(u"app_secret"),
    QStringView(u"refresh_token"),
    QStringView(u"auth_code"),
    QStringView(u"code"),
};

} // namespace

bool LogRedaction::isSecretParameter(QStringView key)
{
    return std::find(secretParameters.begin(), secretParameters.end(), key) != secretParameters.end();
}

QString LogRedaction::url(const QUrl &url)
{
    QUrlQuery query(url);
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (auto &[key, value] : items) {
        if (isSecretParameter(key))
            value = u"***"_s;
    }
    query.setQueryItems(items);
    QUrl redacted = url;
    redacted.setQuery(query);
    redacted.setUserInfo({});
    return redacted.toString(QUrl::FullyEncoded);
}

} // namespace ShopDesk
