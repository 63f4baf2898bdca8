#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include "api/apireply.h"
#include "domain/shipping.h"

namespace ShopDesk {

class FulfillmentService;

/// Fetches a document (label or packing slip) for each package through the API and joins them
/// into one PDF, pages in the order of the packages given, with progress and cancel.
class ShippingDocuments final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShippingDocuments)

public:
    explicit ShippingDocuments(FulfillmentService &fulfillment, QObject *parent = nullptr);

    /// Progress counts packages fetched; the value is the merged PDF.
    Reply<QByteArray> *fetchMerged(const QStringList &packageIds, ShippingDocumentType type);

private:
    struct Job;
    void fetchNext(const std::shared_ptr<Job> &job);

    FulfillmentService &m_fulfillment;
};

} // namespace ShopDesk
