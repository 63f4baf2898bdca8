#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include "domain/product.h"
#include "store/outboxcommand.h"

class QWidget;

namespace ShopDesk {

class ListingService;
class MessageBanner;
class ProductCatalog;
class ProductTableModel;
class ShopOutbox;

/// The listing actions of the Products pane: new listing, activate, deactivate and delete (after a
/// confirmation that says what deleting erases, with deactivating as the default). Everything goes
/// through the outbox; as commands finish, the table shows the new status (or the new product,
/// with its review status) and the banner sums up what happened.
class ProductListingActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListingActions)

public:
    ProductListingActions(ListingService &listings, ShopOutbox *outbox, ProductTableModel &model,
        ProductCatalog &catalog, MessageBanner &banner, QWidget *owner);

    bool canWrite() const { return m_outbox != nullptr; }
    /// Opens the New listing dialog (window-modal, not blocking).
    void openCreateListing();
    void activate(const QList<Product> &products);
    void deactivate(const QList<Product> &products);
    /// Asks first: a message box whose default is to deactivate instead.
    void askToDelete(const QList<Product> &products);
    void remove(const QList<Product> &products);

signals:
    /// A new listing was created on the server and added to the table.
    void productAdded(const QString &productId);
    /// A product's status changed on the server.
    void productChanged(const QString &productId);

private:
    struct Batch
    {
        CommandKind kind;
        int total = 0;
        int done = 0;
        QStringList failures;
    };

    void submit(CommandKind kind, const QList<Product> &products);
    void handleCommandChanged(const OutboxCommand &command);
    void applyStatus(const OutboxCommand &command);
    void followBatch(const OutboxCommand &command);
    void fetchCreated(const OutboxCommand &command);
    static QString doneText(CommandKind kind, int count);

    ListingService &m_listings;
    ShopOutbox *const m_outbox;
    ProductTableModel &m_model;
    ProductCatalog &m_catalog;
    MessageBanner &m_banner;
    QWidget *const m_owner;
    QHash<QString, Batch> m_batches;
    QHash<QString, QString> m_creates;
    QSet<QString> m_settled;
};

} // namespace ShopDesk
