#include "productdetailpanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "api/listingservice.h"
#include "errorpresenter.h"
#include "models/producttablemodel.h"
#include "sync/productimageloader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

enum SkuColumn { SellerSkuColumn, OptionsColumn, PriceColumn, StockColumn, SkuColumnCount };

QString optionsText(const QList<SalesAttribute> &attributes)
{
    QStringList parts;
    for (const SalesAttribute &attribute : attributes)
        parts.append(attribute.name.isEmpty() ? attribute.valueName : attribute.name + u": "_s + attribute.valueName);
    return parts.join(u", "_s);
}

QLabel *pictureLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(ProductDetailPanel::thumbnailSize, ProductDetailPanel::thumbnailSize);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    label->setText(ProductDetailPanel::tr("Loading…"));
    label->setStyleSheet(u"color: palette(mid);"_s);
    return label;
}

} // namespace

ProductDetailPanel::ProductDetailPanel(ListingService &listings, ProductImageLoader &images, QWidget *parent)
    : QWidget(parent)
    , m_listings(listings)
    , m_images(images)
    , m_message(new QLabel(this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_status(new QLabel(m_content))
    , m_auditFailures(new QLabel(m_content))
    , m_pictureRow(new QHBoxLayout)
    , m_description(new QTextBrowser(m_content))
    , m_facts(new QFormLayout)
    , m_skus(new QTableWidget(m_content))
{
    setObjectName(u"productDetailPanel"_s);
    buildLayout();
    showMessage(tr("Select a product to see its details."));
    connect(&m_images, &ProductImageLoader::imageLoaded, this, &ProductDetailPanel::handlePicture);
}

ProductDetailPanel::~ProductDetailPanel() = default;

void ProductDetailPanel::buildLayout()
{
    m_message->setObjectName(u"detailMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_status->setObjectName(u"detailStatus"_s);
    m_auditFailures->setObjectName(u"detailAuditFailures"_s);
    m_auditFailures->setWordWrap(true);
    m_auditFailures->setTextFormat(Qt::RichText);
    m_auditFailures->setStyleSheet(
        u"QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px; }"_s);
    m_description->setObjectName(u"detailDescription"_s);
    m_description->setOpenLinks(false);
    m_skus->setObjectName(u"detailSkus"_s);
    m_skus->setColumnCount(SkuColumnCount);
    m_skus->setHorizontalHeaderLabels({tr("Seller SKU"), tr("Options"), tr("Price"), tr("Stock")});
    m_skus->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skus->verticalHeader()->hide();
    m_skus->horizontalHeader()->setSectionResizeMode(OptionsColumn, QHeaderView::Stretch);
    m_skus->horizontalHeader()->setMinimumSectionSize(80);
    m_skus->setAlternatingRowColors(true);
    m_skus->verticalHeader()->setDefaultSectionSize(m_skus->fontMetrics().height() + 10);

    auto *pictures = new QWidget(m_content);
    pictures->setObjectName(u"detailPictures"_s);
    m_pictureRow->setContentsMargins(0, 0, 0, 0);
    pictures->setLayout(m_pictureRow);
    auto *pictureScroll = new QScrollArea(m_content);
    pictureScroll->setWidget(pictures);
    pictureScroll->setWidgetResizable(true);
    pictureScroll->setFrameShape(QFrame::NoFrame);
    pictureScroll->setFixedHeight(thumbnailSize + 20);
    pictureScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *left = new QVBoxLayout;
    left->addWidget(pictureScroll);
    left->addWidget(new QLabel(tr("Description"), m_content));
    left->addWidget(m_description, 1);
    auto *right = new QVBoxLayout;
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addLayout(m_facts);
    right->addWidget(m_skus, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_status);
    contentLayout->addLayout(heading);
    contentLayout->addWidget(m_auditFailures);
    contentLayout->addLayout(columns, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_content, 1);
}

void ProductDetailPanel::showProduct(const Product &product)
{
    if (product.id == m_product.id && hasDetail())
        return;
    m_product = product;
    if (isVisible())
        load();
}

void ProductDetailPanel::refresh()
{
    m_loadedId.clear();
    if (isVisible())
        load();
}

void ProductDetailPanel::updateProduct(const Product &product)
{
    if (product.id != m_product.id)
        return;
    m_product = product;
    if (!hasDetail())
        return;
    m_detail.product = product;
    m_title->setText(product.title);
    m_status->setText(ProductTableModel::statusText(product.status));
    fillSkus(m_detail);
}

void ProductDetailPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_product.id.isEmpty() && !hasDetail() && !m_pending)
        load();
}

void ProductDetailPanel::load()
{
    if (m_product.id.isEmpty())
        return;
    if (m_pending)
        m_pending->cancel();
    showMessage(tr("Loading the details of “%1”…").arg(m_product.title));
    Reply<ProductDetail> *reply = m_listings.detail(m_product.id);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, id = m_product.id] { handleDetail(reply, id); });
}

void ProductDetailPanel::handleDetail(Reply<ProductDetail> *reply, const QString &productId)
{
    if (m_pending == reply)
        m_pending = nullptr;
    if (productId != m_product.id)
        return; // the seller has moved on
    if (reply->hasError()) {
        if (reply->error()->category != ApiErrorCategory::Cancelled) {
            const ErrorPresentation presentation = ErrorPresenter::present(*reply->error());
            showMessage(presentation.title + u"\n"_s + presentation.text);
        }
        return;
    }
    m_detail = reply->value();
    m_loadedId = productId;
    fill(m_detail);
    m_message->hide();
    m_content->show();
    emit detailLoaded(productId);
}

void ProductDetailPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    m_content->hide();
}

void ProductDetailPanel::fill(const ProductDetail &detail)
{
    m_title->setText(detail.product.title);
    m_status->setText(ProductTableModel::statusText(detail.product.status));
    fillAuditFailures(detail);
    m_description->setHtml(detail.description.isEmpty() ? tr("<i>No description.</i>") : detail.description);
    fillFacts(detail);
    fillSkus(detail);
    fillPictures(detail);
}

void ProductDetailPanel::fillAuditFailures(const ProductDetail &detail)
{
    if (detail.auditFailures.isEmpty()) {
        m_auditFailures->hide();
        return;
    }
    QString html = u"<b>%1</b>"_s.arg(tr("The review refused this listing:").toHtmlEscaped());
    for (const AuditFailure &failure : detail.auditFailures) {
        html += u"<br>• "_s + failure.reasons.join(u" "_s).toHtmlEscaped();
        if (!failure.suggestions.isEmpty())
            html += u"<br>&nbsp;&nbsp;"_s + tr("What to do: %1").arg(failure.suggestions.join(u" "_s)).toHtmlEscaped();
    }
    m_auditFailures->setText(html);
    m_auditFailures->show();
}

void ProductDetailPanel::fillFacts(const ProductDetail &detail)
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    QStringList chain;
    for (const Category &category : detail.categoryChain)
        chain.append(category.name);
    auto addFact = [this](const QString &name, const QString &value) {
        auto *label = new QLabel(value.isEmpty() ? tr("—") : value, m_content);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addRow(name, label);
    };
    addFact(tr("Category:"), chain.join(u" › "_s));
    addFact(tr("Brand:"), detail.brandName);
    QString package;
    if (detail.packageWeight)
        package = detail.packageWeight->value + u' ' + (detail.packageWeight->unit == u"POUND" ? tr("lb") : tr("kg"));
    if (const auto &size = detail.packageDimensions) {
        package += (package.isEmpty() ? QString() : u", "_s) + size->length + u" × "_s + size->width + u" × "_s
            + size->height + u' ' + (size->unit == u"INCH" ? tr("in") : tr("cm"));
    }
    addFact(tr("Package:"), package);
    QStringList attributes;
    for (const ProductAttribute &attribute : detail.productAttributes) {
        QStringList values;
        for (const AttributeValue &value : attribute.values)
            values.append(value.name);
        attributes.append(attribute.name + u": "_s + values.join(u", "_s));
    }
    addFact(tr("Attributes:"), attributes.join(u"; "_s));
}

void ProductDetailPanel::fillSkus(const ProductDetail &detail)
{
    const QLocale locale;
    m_skus->setRowCount(int(detail.product.skus.size()));
    for (int row = 0; row < detail.product.skus.size(); ++row) {
        const Sku &sku = detail.product.skus.at(row);
        const QStringList cells{sku.sellerSku, optionsText(detail.salesAttributesOf(sku.id)), sku.price.format(locale),
            locale.toString(sku.totalStock())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == PriceColumn || column == StockColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_skus->setItem(row, column, item);
        }
    }
    m_skus->resizeColumnToContents(SellerSkuColumn);
}

void ProductDetailPanel::fillPictures(const ProductDetail &detail)
{
    m_pictureLabels.clear();
    while (QLayoutItem *item = m_pictureRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ProductImage &image : detail.mainImages) {
        QLabel *label = pictureLabel(m_pictureRow->parentWidget());
        label->setObjectName(u"detailPicture"_s);
        label->setToolTip(image.uri);
        m_pictureRow->addWidget(label);
        m_pictureLabels.insert(image.uri, label);
        const auto known = m_pictures.constFind(image.uri);
        if (known != m_pictures.cend()) {
            label->setPixmap(*known);
            label->setStyleSheet({});
        } else {
            m_images.request(image);
        }
    }
    if (detail.mainImages.isEmpty())
        m_pictureRow->addWidget(new QLabel(tr("No pictures."), m_pictureRow->parentWidget()));
    m_pictureRow->addStretch(1);
}

void ProductDetailPanel::handlePicture(const QString &uri, const QByteArray &bytes)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(QSize(thumbnailSize, thumbnailSize) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_pictures.insert(uri, pixmap);
    if (QLabel *label = m_pictureLabels.value(uri)) {
        label->setPixmap(pixmap);
        label->setStyleSheet({});
        emit pictureShown(uri);
    }
}

int ProductDetailPanel::shownPictureCount() const
{
    int shown = 0;
    for (const QLabel *label : m_pictureLabels) {
        if (!label->pixmap().isNull())
            ++shown;
    }
    return shown;
}

} // namespace ShopDesk
