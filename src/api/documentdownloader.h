#pragma once

#include <chrono>

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "api/apireply.h"

class QNetworkAccessManager;

namespace ShopDesk {

/// Fetches the files behind pre-signed links such as a shipping label's `doc_url` (reference
/// section 5.3). The link itself is the permission, so the request is a plain GET: no signature, no
/// access token, which must not travel to a file host. Failures are ApiErrors like the API's.
class DocumentDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentDownloader)

public:
    /// Labels and packing slips are a few kilobytes; anything far larger is not one.
    static constexpr qint64 maxDocumentBytes = 20 * 1024 * 1024;

    explicit DocumentDownloader(QObject *parent = nullptr);
    ~DocumentDownloader() override;

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    /// The body of `url` (http or https only); progress reports bytes.
    Reply<QByteArray> *download(const QUrl &url);

private:
    QNetworkAccessManager *const m_network;
    std::chrono::milliseconds m_transferTimeout;
};

} // namespace ShopDesk
