#include "createlistingdialog.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "api/listingservice.h"
#include "categorypicker.h"
#include "domain/descriptionhtml.h"
#include "domain/listingrules.h"
#include "domain/shopregion.h"
#include "errorpresenter.h"
#include "listingattributesform.h"
#include "listingimageswidget.h"
#include "listingskueditor.h"
#include "sync/listingpublisher.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QSpinBox *sideBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 999);
    box->setSpecialValueText(QStringLiteral("–"));
    return box;
}

} // namespace

CreateListingDialog::CreateListingDialog(ListingService &listings, ShopOutbox &outbox, QWidget *parent)
    : QDialog(parent)
    , m_listings(listings)
    , m_publisher(new ListingPublisher(listings, outbox, this))
    , m_region(listings.region())
    , m_currency(ShopRegion::currency(listings.region()))
    , m_title(new QLineEdit(this))
    , m_titleCount(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new CategoryPicker(listings, this))
    , m_brand(new QComboBox(this))
    , m_attributes(new ListingAttributesForm(this))
    , m_images(new ListingImagesWidget(this))
    , m_skus(new ListingSkuEditor(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_units(new QComboBox(this))
    , m_length(sideBox(u"listingLength"_s, this))
    , m_width(sideBox(u"listingWidth"_s, this))
    , m_height(sideBox(u"listingHeight"_s, this))
    , m_problemLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_saveDraft(m_buttons->addButton(tr("Save as draft"), QDialogButtonBox::ActionRole))
    , m_list(m_buttons->addButton(tr("List for sale"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"createListingDialog"_s);
    setWindowTitle(tr("New listing"));
    resize(1000, 780);
    m_title->setObjectName(u"listingTitle"_s);
    m_title->setPlaceholderText(tr("What buyers see first: brand, product, key feature"));
    m_titleCount->setObjectName(u"listingTitleCount"_s);
    m_description->setObjectName(u"listingDescription"_s);
    m_description->setPlaceholderText(
        tr("Describe the product. Leave a blank line between paragraphs; start a line with “- ” for a list."));
    m_brand->setObjectName(u"listingBrand"_s);
    m_brand->addItem(tr("No brand"), QString());
    m_problemLabel->setObjectName(u"listingProblems"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::RichText);
    m_problemLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_problemLabel->hide();
    m_status->setObjectName(u"listingStatus"_s);
    m_saveDraft->setObjectName(u"listingSaveDraft"_s);
    m_list->setObjectName(u"listingList"_s);
    m_list->setDefault(true);
    m_skus->setCurrency(m_currency);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problemLabel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    connectSignals();
    updateTitleCount();
}

CreateListingDialog::~CreateListingDialog() = default;

QWidget *CreateListingDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(new QLabel(tr("Title:"), form));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_titleCount);

    auto *brandAndAttributes = new QWidget(form);
    auto *brandForm = new QFormLayout(brandAndAttributes);
    brandForm->setContentsMargins(0, 0, 0, 0);
    brandForm->addRow(tr("Brand:"), m_brand);
    brandForm->addRow(m_attributes);

    m_category->setMinimumHeight(220);
    m_description->setMinimumHeight(120);
    m_skus->setMinimumHeight(170);
    auto *grid = new QGridLayout(form);
    grid->addLayout(titleRow, 0, 0, 1, 2);
    grid->addWidget(group(tr("Category"), m_category, form), 1, 0);
    auto *right = new QVBoxLayout;
    right->addWidget(group(tr("Pictures (the first is the cover)"), m_images, form));
    right->addWidget(group(tr("Brand and attributes"), brandAndAttributes, form), 1);
    grid->addLayout(right, 1, 1);
    grid->addWidget(group(tr("Description"), m_description, form), 2, 0);
    grid->addWidget(group(tr("Package"), buildPackage(), form), 2, 1);
    grid->addWidget(group(tr("SKUs, prices and stock"), m_skus, form), 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    return form;
}

QWidget *CreateListingDialog::buildPackage()
{
    auto *package = new QWidget(this);
    m_weight->setObjectName(u"listingWeight"_s);
    m_weight->setDecimals(2);
    m_weight->setRange(0, 999);
    m_weight->setSpecialValueText(tr("–"));
    m_units->setObjectName(u"listingUnits"_s);
    m_units->addItem(tr("kg and cm"), u"KILOGRAM|CENTIMETER"_s);
    // Pounds and inches are for US shops only (create-product reference).
    if (m_region == u"US")
        m_units->addItem(tr("lb and in"), u"POUND|INCH"_s);
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_length);
    sides->addWidget(new QLabel(u"×"_s, package));
    sides->addWidget(m_width);
    sides->addWidget(new QLabel(u"×"_s, package));
    sides->addWidget(m_height);
    sides->addStretch(1);
    auto *form = new QFormLayout(package);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Units:"), m_units);
    form->addRow(tr("Weight:"), m_weight);
    form->addRow(tr("Length × width × height:"), sides);
    return package;
}

void CreateListingDialog::connectSignals()
{
    connect(m_title, &QLineEdit::textChanged, this, &CreateListingDialog::updateTitleCount);
    auto showUnits = [this] {
        const bool imperial = m_units->currentData().toString().startsWith(u"POUND"_s);
        m_weight->setSuffix(imperial ? tr(" lb") : tr(" kg"));
        for (QSpinBox *side : {m_length, m_width, m_height})
            side->setSuffix(imperial ? tr(" in") : tr(" cm"));
    };
    connect(m_units, &QComboBox::currentIndexChanged, this, showUnits);
    showUnits();
    connect(m_category, &CategoryPicker::categoryChosen, this, &CreateListingDialog::handleCategory);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_publisher->cancel();
        reject();
    });
    connect(m_saveDraft, &QPushButton::clicked, this, [this] { submit(SaveMode::AsDraft); });
    connect(m_list, &QPushButton::clicked, this, [this] { submit(SaveMode::Listing); });
    connect(m_publisher, &ListingPublisher::uploadProgress, this, [this](int uploaded, int total) {
        if (uploaded < total)
            setBusy(true, tr("Uploading picture %1 of %2…").arg(uploaded + 1).arg(total));
    });
    connect(m_publisher, &ListingPublisher::uploadFailed, this, &CreateListingDialog::handleUploadFailed);
    connect(m_publisher, &ListingPublisher::storeFailed, this, [this](const QString &message) {
        setBusy(false);
        showProblems({tr("The listing could not be saved for sending: %1").arg(message)});
    });
    connect(m_publisher, &ListingPublisher::published, this, [this](const QString &clientId) {
        setBusy(false);
        emit listingSubmitted(clientId, m_title->text().trimmed());
        accept();
    });
    Reply<QList<Warehouse>> *warehouses = m_listings.warehouses();
    connect(warehouses, &ApiReply::finished, this, [this, warehouses] {
        if (!warehouses->hasError())
            m_skus->setWarehouses(warehouses->value());
    });
}

void CreateListingDialog::handleCategory(const Category &category)
{
    Reply<QList<CategoryAttribute>> *attributes = m_listings.attributes(category.id);
    connect(attributes, &ApiReply::finished, this, [this, attributes] {
        m_categoryAttributes = attributes->hasError() ? QList<CategoryAttribute>() : attributes->value();
        m_attributes->setAttributes(m_categoryAttributes);
        m_skus->setAttributes(m_categoryAttributes);
        if (m_example)
            continueExample();
    });
    Reply<QList<Brand>> *brands = m_listings.brands(category.id);
    connect(brands, &ApiReply::finished, this, [this, brands] {
        if (brands->hasError())
            return;
        const QString current = m_brand->currentData().toString();
        while (m_brand->count() > 1)
            m_brand->removeItem(1);
        for (const Brand &brand : brands->value())
            m_brand->addItem(brand.name, brand.id);
        m_brand->setCurrentIndex(qMax(0, m_brand->findData(current)));
    });
}

void CreateListingDialog::fillExample()
{
    m_example = true;
    m_title->setText(u"Ceramic Non-Stick Frying Pan with Glass Lid"_s);
    m_description->setPlainText(u"Cooks evenly on gas, electric and induction hobs.\n\n- PFOA-free ceramic coating\n"
                                u"- Stay-cool handle\n- Oven safe up to 220 °C"_s);
    for (const QColor &colour : {QColor(46, 110, 78), QColor(196, 120, 52)}) {
        QImage picture(640, 640, QImage::Format_RGB32);
        picture.fill(colour.lighter(170));
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(140, 140, 360, 360));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        m_images->addImage(u"pan-%1.png"_s.arg(m_images->images().size() + 1), bytes);
    }
    auto chooseCategory = [this] {
        m_category->setFilterText(u"Pans"_s);
        m_category->choose(u"601203"_s);
    };
    if (m_category->isLoaded())
        chooseCategory();
    else
        connect(m_category, &CategoryPicker::loaded, this, chooseCategory, Qt::SingleShotConnection);
}

void CreateListingDialog::continueExample()
{
    m_example = false;
    m_attributes->setValue(u"Material"_s, u"Stainless Steel"_s);
    m_skus->chooseVariation(u"Specification"_s);
    m_skus->fillRow(0, u"24 cm"_s, u"FP-NEW-24"_s, u"32.99"_s, {u"40"_s, u"12"_s});
    m_skus->fillRow(1, u"28 cm"_s, u"FP-NEW-28"_s, u"38.99"_s, {u"25"_s, u"0"_s});
    submit(SaveMode::Listing);
}

void CreateListingDialog::updateTitleCount()
{
    m_titleCount->setText(u"%1 / %2"_s.arg(m_title->text().trimmed().size()).arg(ListingRules::maxTitleLength));
}

ProductDraft CreateListingDialog::draft(SaveMode mode, QStringList &problems) const
{
    ProductDraft draft;
    draft.saveMode = mode;
    draft.title = m_title->text().trimmed();
    draft.description = DescriptionHtml::fromPlainText(m_description->toPlainText());
    if (m_category->chosen())
        draft.categoryId = m_category->chosen()->id;
    draft.brandId = m_brand->currentData().toString();
    for (const LocalImage &image : m_images->images())
        draft.mainImageUris.append(image.fileName);
    draft.productAttributes = m_attributes->values();
    draft.skus = m_skus->skus(problems);
    const QStringList units = m_units->currentData().toString().split(u'|');
    if (m_weight->value() > 0)
        draft.packageWeight = {QString::number(m_weight->value(), 'f', 2), units.value(0)};
    if (m_length->value() + m_width->value() + m_height->value() > 0) {
        draft.packageDimensions = PackageDimensions{QString::number(m_length->value()),
            QString::number(m_width->value()), QString::number(m_height->value()), units.value(1)};
    }
    return draft;
}

void CreateListingDialog::submit(SaveMode mode)
{
    QStringList problems;
    const ProductDraft listing = draft(mode, problems);
    ListingContext context{m_region, m_category->chosen(), m_categoryAttributes};
    for (const ListingProblem &problem : ListingRules::check(listing, context))
        problems.append(problem.message);
    problems += m_images->problems();
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    setBusy(true, tr("Preparing the listing…"));
    m_publisher->publish(listing, m_images->images());
}

void CreateListingDialog::showProblems(const QStringList &problems)
{
    m_problems = problems;
    if (problems.isEmpty()) {
        m_problemLabel->hide();
        return;
    }
    QString html = u"<b>%1</b>"_s.arg(
        tr("%n thing(s) to fix before this listing can be sent:", nullptr, int(problems.size())).toHtmlEscaped());
    for (const QString &problem : problems)
        html += u"<br>• "_s + problem.toHtmlEscaped();
    m_problemLabel->setText(html);
    m_problemLabel->show();
}

void CreateListingDialog::setBusy(bool busy, const QString &status)
{
    m_status->setText(status);
    m_saveDraft->setEnabled(!busy);
    m_list->setEnabled(!busy);
}

void CreateListingDialog::handleUploadFailed(const ApiError &error, const QString &fileName)
{
    setBusy(false);
    const ErrorPresentation presentation = ErrorPresenter::present(error);
    showProblems({tr("%1 could not be uploaded: %2 %3").arg(fileName, presentation.title, presentation.text)});
}

} // namespace ShopDesk
