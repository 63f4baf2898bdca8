#include "imagefetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int transferTimeoutMs = 15000; // Qt 6.4 takes milliseconds as an int here

ApiError networkError(const QString &message)
{
    ApiError error;
    error.category = ApiErrorCategory::Network;
    error.message = message;
    error.retrySafe = true;
    return error;
}

} // namespace

ImageFetcher::ImageFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

Reply<QByteArray> *ImageFetcher::fetch(const QUrl &url)
{
    auto *reply = new Reply<QByteArray>(this);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        reply->finishWithErrorLater(networkError(u"not an image address: %1"_s.arg(url.toDisplayString())));
        return reply;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    QPointer<QNetworkReply> network = m_network->get(request);
    reply->setCancelHandler([network, reply] {
        if (network) {
            // Disconnected first, so that the abort's own finished() cannot finish the reply.
            QObject::disconnect(network, nullptr, reply, nullptr);
            network->abort();
            network->deleteLater();
        }
    });
    connect(network, &QNetworkReply::downloadProgress, reply, [network](qint64 received, qint64) {
        if (received > maxBytes && network)
            network->abort();
    });
    connect(network, &QNetworkReply::finished, reply, [reply, network] {
        network->deleteLater();
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (network->error() != QNetworkReply::NoError || status != 200) {
            reply->finishWithError(networkError(network->errorString()));
            return;
        }
        reply->finishWithValue(network->readAll());
    });
    return reply;
}

} // namespace ShopDesk
