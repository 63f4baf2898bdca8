#pragma once

#include <QObject>
#include <QPointer>

#include "api/apireply.h"
#include "domain/productdraft.h"

namespace ShopDesk {

class ListingService;
class ShopOutbox;

/// A picture picked from disk for a new listing.
struct LocalImage
{
    QString fileName;
    QByteArray bytes;
};

/// Publishes a new listing: uploads its pictures one after the other (multipart, reference section
/// 5.1), puts their URIs into the draft, then stores the create command in the outbox, which sends
/// it. The draft must have passed ListingRules first. Uploads may be cancelled; once the command is
/// stored it is the outbox's.
class ListingPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingPublisher)

public:
    ListingPublisher(ListingService &listings, ShopOutbox &outbox, QObject *parent = nullptr);

    void publish(const ProductDraft &draft, const QList<LocalImage> &images);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void uploadProgress(int uploaded, int total);
    /// The create command is stored; `clientId` names it (and the product's external id).
    void published(const QString &clientId);
    /// A picture could not be uploaded; nothing was stored.
    void uploadFailed(const ShopDesk::ApiError &error, const QString &fileName);
    /// The outbox could not store the command; nothing will be sent.
    void storeFailed(const QString &message);

private:
    void uploadNext();

    ListingService &m_listings;
    ShopOutbox &m_outbox;
    ProductDraft m_draft;
    QList<LocalImage> m_images;
    qsizetype m_next = 0;
    QPointer<ApiReply> m_current;
    bool m_busy = false;
};

} // namespace ShopDesk
