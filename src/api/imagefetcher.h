#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "api/apireply.h"

class QNetworkAccessManager;

namespace ShopDesk {

/// Downloads small pictures (creator avatars) from the plain, unsigned URLs the API hands out.
/// Nothing is signed and no token is sent: these URLs point at a CDN, not the business API.
class ImageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFetcher)

public:
    /// Larger answers are refused: an avatar is a few kilobytes.
    static constexpr qint64 maxBytes = 2 * 1024 * 1024;

    explicit ImageFetcher(QObject *parent = nullptr);

    /// The image's bytes; a non-http(s) URL or a failed download finishes with a Network error.
    Reply<QByteArray> *fetch(const QUrl &url);

private:
    QNetworkAccessManager *const m_network;
};

} // namespace ShopDesk
