#pragma once

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/productdetail.h"

class QFormLayout;
class QLabel;
class QScrollArea;
class QTableWidget;
class QTextBrowser;
class QHBoxLayout;

namespace ShopDesk {

class ListingService;
class ProductImageLoader;

/// The "Details" tab under the products table: the selected product as the shop shows it — its
/// pictures (loaded in the background and kept on disk), description, category, brand, package,
/// attributes, SKUs with their options, and why the review refused it, when it did. The detail is
/// read from the server when the tab is shown, never for products nobody looks at.
class ProductDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDetailPanel)

public:
    static constexpr int thumbnailSize = 112;

    ProductDetailPanel(ListingService &listings, ProductImageLoader &images, QWidget *parent = nullptr);
    ~ProductDetailPanel() override;

    /// The product to show; its detail is read now if the panel is visible, else once it is.
    void showProduct(const Product &product);
    /// Reads the shown product again (after a change the seller made).
    void refresh();
    /// Shows the search fields of the shown product as they are now (a price or stock the server
    /// confirmed), keeping the rest of its detail, without asking the server again.
    void updateProduct(const Product &product);
    bool hasDetail() const { return m_loadedId == m_product.id && !m_product.id.isEmpty(); }
    const ProductDetail &detail() const { return m_detail; }
    int shownPictureCount() const;

signals:
    void detailLoaded(const QString &productId);
    void pictureShown(const QString &uri);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void load();
    void handleDetail(Reply<ProductDetail> *reply, const QString &productId);
    void fill(const ProductDetail &detail);
    void fillFacts(const ProductDetail &detail);
    void fillSkus(const ProductDetail &detail);
    void fillPictures(const ProductDetail &detail);
    void fillAuditFailures(const ProductDetail &detail);
    void handlePicture(const QString &uri, const QByteArray &bytes);
    void showMessage(const QString &text);

    ListingService &m_listings;
    ProductImageLoader &m_images;
    Product m_product;
    ProductDetail m_detail;
    QString m_loadedId;
    QPointer<Reply<ProductDetail>> m_pending;
    QHash<QString, QPixmap> m_pictures;
    QHash<QString, QLabel *> m_pictureLabels;

    QLabel *const m_message;
    QWidget *const m_content;
    QLabel *const m_title;
    QLabel *const m_status;
    QLabel *const m_auditFailures;
    QHBoxLayout *const m_pictureRow;
    QTextBrowser *const m_description;
    QFormLayout *const m_facts;
    QTableWidget *const m_skus;
};

} // namespace ShopDesk
