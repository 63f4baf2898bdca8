#include "listingpublisher.h"

#include "api/listingservice.h"
#include "sync/shopoutbox.h"

namespace ShopDesk {

ListingPublisher::ListingPublisher(ListingService &listings, ShopOutbox &outbox, QObject *parent)
    : QObject(parent)
    , m_listings(listings)
    , m_outbox(outbox)
{ }

void ListingPublisher::publish(const ProductDraft &draft, const QList<LocalImage> &images)
{
    if (m_busy)
        return;
    m_busy = true;
    m_draft = draft;
    m_draft.mainImageUris.clear();
    m_images = images;
    m_next = 0;
    uploadNext();
}

void ListingPublisher::cancel()
{
    if (m_current)
        m_current->cancel();
}

void ListingPublisher::uploadNext()
{
    emit uploadProgress(int(m_next), int(m_images.size()));
    if (m_next < m_images.size()) {
        const LocalImage &image = m_images.at(m_next);
        Reply<UploadedImage> *reply = m_listings.uploadImage(image.bytes, image.fileName, ImageUseCase::MainImage);
        m_current = reply;
        connect(reply, &ApiReply::finished, this, [this, reply, fileName = image.fileName] {
            m_current = nullptr;
            if (reply->hasError()) {
                m_busy = false;
                emit uploadFailed(*reply->error(), fileName);
                return;
            }
            m_draft.mainImageUris.append(reply->value().uri);
            ++m_next;
            uploadNext();
        });
        return;
    }
    m_busy = false;
    const Result<QString> clientId = m_outbox.submitCreateProduct(m_draft);
    if (!clientId) {
        emit storeFailed(clientId.error().message);
        return;
    }
    emit published(clientId.value());
}

} // namespace ShopDesk
