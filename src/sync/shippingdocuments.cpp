#include "shippingdocuments.h"

#include <memory>

#include <QPointer>
#include <QTimer>

#include "api/fulfillmentservice.h"
#include "io/pdfmerger.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

struct ShippingDocuments::Job
{
    Reply<QByteArray> *reply = nullptr;
    QStringList packageIds;
    ShippingDocumentType type;
    QList<QByteArray> pdfs;
    QPointer<ApiReply> current;
    bool cancelled = false;
};

ShippingDocuments::ShippingDocuments(FulfillmentService &fulfillment, QObject *parent)
    : QObject(parent)
    , m_fulfillment(fulfillment)
{ }

Reply<QByteArray> *ShippingDocuments::fetchMerged(const QStringList &packageIds, ShippingDocumentType type)
{
    auto job = std::make_shared<Job>();
    job->reply = new Reply<QByteArray>(this);
    job->packageIds = packageIds;
    job->type = type;
    job->reply->setCancelHandler([job] {
        job->cancelled = true;
        if (job->current)
            job->current->cancel();
    });
    // From the event loop, so that the caller has connected first.
    QTimer::singleShot(0, job->reply, [this, job] { fetchNext(job); });
    return job->reply;
}

void ShippingDocuments::fetchNext(const std::shared_ptr<Job> &job)
{
    if (job->cancelled) {
        job->reply->finishWithError(ApiError::cancelled());
        return;
    }
    const qsizetype done = job->pdfs.size();
    job->reply->reportProgress(done, job->packageIds.size());
    if (done == job->packageIds.size()) {
        Result<QByteArray> merged = PdfMerger::merge(job->pdfs);
        if (merged)
            job->reply->finishWithValue(std::move(merged).value());
        else
            job->reply->finishWithError(ApiError::decode(merged.error().toString()));
        return;
    }
    const QString packageId = job->packageIds.at(done);
    Reply<ShippingDocument> *link = m_fulfillment.shippingDocument(packageId, job->type);
    job->current = link;
    connect(link, &ApiReply::finished, this, [this, job, link, packageId] {
        if (link->hasError()) {
            ApiError error = *link->error();
            error.message = u"package %1: %2"_s.arg(packageId, error.message);
            job->reply->finishWithError(error);
            return;
        }
        Reply<QByteArray> *download = m_fulfillment.downloadDocument(link->value());
        job->current = download;
        connect(download, &ApiReply::finished, this, [this, job, download] {
            if (download->hasError()) {
                job->reply->finishWithError(*download->error());
                return;
            }
            job->pdfs.append(download->value());
            fetchNext(job);
        });
    });
}

} // namespace ShopDesk
