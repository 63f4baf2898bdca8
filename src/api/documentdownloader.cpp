#include "documentdownloader.h"

#include <memory>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include "core/logging.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

namespace {

constexpr auto defaultTransferTimeout = 30s;
constexpr int httpOk = 200;

ApiError failure(ApiErrorCategory category, const QString &message, int httpStatus = 0)
{
    ApiError error;
    error.category = category;
    error.message = message;
    error.httpStatus = httpStatus;
    // A GET of a file changes nothing: repeating it is always harmless.
    error.retrySafe = category == ApiErrorCategory::Network || category == ApiErrorCategory::Timeout
        || category == ApiErrorCategory::Server;
    return error;
}

ApiError errorOf(QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const bool timedOut
            = reply.error() == QNetworkReply::OperationCanceledError || reply.error() == QNetworkReply::TimeoutError;
        return failure(timedOut ? ApiErrorCategory::Timeout : ApiErrorCategory::Network, reply.errorString());
    }
    if (status >= 500)
        return failure(ApiErrorCategory::Server, u"the document server failed (HTTP %1)"_s.arg(status), status);
    // Production links last 24 hours; an old one answers 403, 404 or 410.
    return failure(ApiErrorCategory::InvalidParameter,
        u"the document link has expired or is wrong (HTTP %1); ask for a new one"_s.arg(status), status);
}

} // namespace

DocumentDownloader::DocumentDownloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_transferTimeout(defaultTransferTimeout)
{ }

DocumentDownloader::~DocumentDownloader() = default;

Reply<QByteArray> *DocumentDownloader::download(const QUrl &url)
{
    auto *reply = new Reply<QByteArray>(this);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        reply->finishWithErrorLater(
            failure(ApiErrorCategory::InvalidParameter, u"not a web address: %1"_s.arg(url.toDisplayString())));
        return reply;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"ShopDesk/" SHOPDESK_VERSION ""_s);
    request.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));
    QPointer<QNetworkReply> network = m_network->get(request);
    // The query of a pre-signed link is its key: it stays out of the log.
    qCDebug(lcApi).noquote() << "GET document" << url.adjusted(QUrl::RemoveQuery).toDisplayString();
    reply->setCancelHandler([reply, network] {
        if (network) {
            // Quietly: the reply finishes as cancelled, not with the abort's network error.
            QObject::disconnect(network, nullptr, reply, nullptr);
            network->abort();
            network->deleteLater();
        }
    });
    auto tooLarge = std::make_shared<bool>(false);
    connect(
        network, &QNetworkReply::downloadProgress, reply, [reply, network, tooLarge](qint64 received, qint64 total) {
            if (received > maxDocumentBytes) {
                *tooLarge = true;
                network->abort();
                return;
            }
            reply->reportProgress(received, total);
        });
    connect(network, &QNetworkReply::finished, reply, [reply, network, tooLarge] {
        network->deleteLater();
        if (*tooLarge) {
            reply->finishWithError(
                failure(ApiErrorCategory::Decode, u"the document is larger than %1 bytes"_s.arg(maxDocumentBytes)));
        } else if (network->error() != QNetworkReply::NoError
            || network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != httpOk) {
            reply->finishWithError(errorOf(*network));
        } else {
            reply->finishWithValue(network->readAll());
        }
    });
    return reply;
}

} // namespace ShopDesk
