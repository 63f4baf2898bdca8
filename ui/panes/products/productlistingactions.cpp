#include "productlistingactions.h"

#include <QMessageBox>
#include <QPushButton>

#include "api/listingservice.h"
#include "createlistingdialog.h"
#include "errorpresenter.h"
#include "models/producttablemodel.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/productcatalog.h"
#include "sync/productstatushandler.h"
#include "sync/shopoutbox.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

bool isStatusKind(CommandKind kind)
{
    return kind == CommandKind::ActivateProducts || kind == CommandKind::DeactivateProducts
        || kind == CommandKind::DeleteProducts;
}

} // namespace

ProductListingActions::ProductListingActions(ListingService &listings, ShopOutbox *outbox, ProductTableModel &model,
    ProductCatalog &catalog, MessageBanner &banner, QWidget *owner)
    : QObject(owner)
    , m_listings(listings)
    , m_outbox(outbox)
    , m_model(model)
    , m_catalog(catalog)
    , m_banner(banner)
    , m_owner(owner)
{
    if (m_outbox)
        connect(&m_outbox->processor(), &OutboxProcessor::commandChanged, this,
            &ProductListingActions::handleCommandChanged);
}

void ProductListingActions::openCreateListing()
{
    if (!m_outbox)
        return;
    auto *dialog = new CreateListingDialog(m_listings, *m_outbox, m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &CreateListingDialog::listingSubmitted, this, [this](const QString &clientId, const QString &title) {
            m_creates.insert(clientId, title);
            m_banner.showInfo(tr("Sending the new listing"), tr("“%1” is on its way to the shop.").arg(title));
            // The command may have finished while the dialog was still closing.
            if (const auto stored = m_outbox->outbox().find(clientId); stored && stored.value())
                handleCommandChanged(*stored.value());
        });
    dialog->open();
}

void ProductListingActions::activate(const QList<Product> &products)
{
    submit(CommandKind::ActivateProducts, products);
}

void ProductListingActions::deactivate(const QList<Product> &products)
{
    submit(CommandKind::DeactivateProducts, products);
}

void ProductListingActions::remove(const QList<Product> &products)
{
    submit(CommandKind::DeleteProducts, products);
}

void ProductListingActions::askToDelete(const QList<Product> &products)
{
    if (!m_outbox || products.isEmpty())
        return;
    const int count = int(products.size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete %n product(s)?", nullptr, count),
        tr("Deleting takes %n product(s) out of your shop for good: buyers can no longer find or buy them, their "
           "listings with pictures, description and SKUs are removed, and they leave this list.",
            nullptr, count),
        QMessageBox::NoButton, m_owner);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setInformativeText(
        tr("Deactivating only takes them off sale and keeps everything, so that you can activate them again."));
    QPushButton *deactivateButton = box->addButton(tr("Deactivate instead"), QMessageBox::AcceptRole);
    deactivateButton->setObjectName(u"deleteConfirmDeactivate"_s);
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"deleteConfirmDelete"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(deactivateButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, products, deactivateButton, deleteButton](auto *button) {
        if (button == deactivateButton)
            deactivate(products);
        else if (button == deleteButton)
            remove(products);
    });
    box->open();
}

void ProductListingActions::submit(CommandKind kind, const QList<Product> &products)
{
    if (!m_outbox || products.isEmpty())
        return;
    const Result<QString> batch = m_outbox->submitStatusChange(kind, products);
    if (!batch) {
        ErrorPresentation presentation;
        presentation.title = tr("The change could not be saved");
        presentation.text = batch.error().message;
        m_banner.showError(presentation);
        return;
    }
    Batch &entry = m_batches[batch.value()];
    entry.kind = kind;
    entry.total = int(products.size());
    // Commands that settled before the batch id was known are counted now.
    const Result<QList<OutboxCommand>> stored = m_outbox->outbox().batch(batch.value());
    for (const OutboxCommand &command : stored ? stored.value() : QList<OutboxCommand>())
        followBatch(command);
}

void ProductListingActions::handleCommandChanged(const OutboxCommand &command)
{
    if (command.kind == CommandKind::CreateProduct && command.state == OutboxState::Done)
        fetchCreated(command);
    else if (command.kind == CommandKind::CreateProduct && command.state == OutboxState::Failed
        && m_creates.contains(command.clientId)) {
        ErrorPresentation presentation;
        presentation.title = tr("The new listing was refused");
        presentation.text = tr("“%1”: %2").arg(m_creates.take(command.clientId), command.lastError);
        m_banner.showError(presentation);
    }
    if (!isStatusKind(command.kind))
        return;
    if (command.state == OutboxState::Done)
        applyStatus(command);
    followBatch(command);
}

void ProductListingActions::applyStatus(const OutboxCommand &command)
{
    const int row = m_model.rowOfProduct(command.objectId);
    if (row < 0)
        return;
    Product product = m_model.productAt(row);
    product.status = ProductStatusHandler::targetStatus(command.kind);
    // Activating a draft sends it to review first.
    if (command.kind == CommandKind::ActivateProducts
        && command.payload.value(u"status_before").toString() == productStatusToApi(ProductStatus::Draft))
        product.status = ProductStatus::Pending;
    m_model.updateProduct(product);
    m_catalog.storeProduct(product);
    emit productChanged(product.id);
}

void ProductListingActions::followBatch(const OutboxCommand &command)
{
    const auto batch = m_batches.find(command.batchId);
    if (batch == m_batches.end() || m_settled.contains(command.clientId))
        return;
    if (command.state == OutboxState::Done) {
        ++batch->done;
    } else if (command.state == OutboxState::Failed || command.state == OutboxState::NeedsReview) {
        batch->failures.append(tr("%1: %2").arg(command.payload.value(u"title").toString(), command.lastError));
    } else {
        return;
    }
    m_settled.insert(command.clientId);
    if (batch->done + batch->failures.size() < batch->total)
        return;
    const Batch finished = *batch;
    m_batches.erase(batch);
    if (finished.failures.isEmpty()) {
        m_banner.showInfo(tr("Done"), doneText(finished.kind, finished.done));
        return;
    }
    ErrorPresentation presentation;
    presentation.title = tr("%n product(s) could not be changed", nullptr, int(finished.failures.size()));
    presentation.text = (finished.done > 0 ? doneText(finished.kind, finished.done) + u' ' : QString())
        + finished.failures.join(u"; "_s);
    m_banner.showError(presentation);
}

QString ProductListingActions::doneText(CommandKind kind, int count)
{
    switch (kind) {
    case CommandKind::ActivateProducts:
        return tr("%n product(s) activated.", nullptr, count);
    case CommandKind::DeactivateProducts:
        return tr("%n product(s) deactivated.", nullptr, count);
    case CommandKind::DeleteProducts:
        return tr("%n product(s) deleted.", nullptr, count);
    default:
        return {};
    }
}

void ProductListingActions::fetchCreated(const OutboxCommand &command)
{
    if (!m_creates.contains(command.clientId))
        return;
    const QString title = m_creates.take(command.clientId);
    Reply<ProductDetail> *reply = m_listings.detail(command.objectId);
    connect(reply, &ApiReply::finished, this, [this, reply, title] {
        if (reply->hasError()) {
            m_banner.showError(ErrorPresenter::present(*reply->error()));
            return;
        }
        const Product &product = reply->value().product;
        m_model.upsertProduct(product);
        m_catalog.storeProduct(product);
        QString text;
        if (product.status == ProductStatus::Draft)
            text = tr("“%1” is saved as a draft.").arg(title);
        else if (product.status == ProductStatus::Pending)
            text = tr("“%1” was created and is waiting for the platform's review.").arg(title);
        else
            text = tr("“%1” was created: %2.").arg(title, ProductTableModel::statusText(product.status));
        m_banner.showInfo(tr("Listing created"), text);
        emit productAdded(product.id);
    });
}

} // namespace ShopDesk
