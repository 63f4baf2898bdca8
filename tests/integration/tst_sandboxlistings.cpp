#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "api/apiclient.h"
#include "api/imagefetcher.h"
#include "api/listingservice.h"
#include "api/productservice.h"
#include "domain/listingrules.h"
#include "io/imageheader.h"
#include "replywaiter.h"
#include "sandbox/pngencoder.h"
#include "sandbox/sandboxlistingaudit.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QByteArray png(int width, int height)
{
    return PngEncoder::encodeRgb(width, height, QByteArray(qsizetype(width) * height * 3, '\x7f'));
}

template <typename T>
T valueOf(Reply<T> *reply)
{
    const Finished<T> done = waitFor(reply);
    if (!done.finished || done.error)
        qWarning().noquote() << "call failed:" << (done.error ? done.error->toString() : u"timeout"_s);
    return done.value;
}

template <typename T>
ApiError errorOf(Reply<T> *reply)
{
    const Finished<T> done = waitFor(reply);
    return done.error.value_or(ApiError{});
}

/// A sandbox, a client for its US shop and the services on it.
class ListingRig
{
public:
    ListingRig()
        : client(sandbox.connection(), sandbox.clock())
        , listings(client)
        , products(client)
    {
        client.setRetryPolicy({.maxAttempts = 1});
    }

    QString upload(int side = 600)
    {
        return valueOf(listings.uploadImage(png(side, side), u"p.png"_s, ImageUseCase::MainImage)).uri;
    }

    /// A draft the sandbox takes: a yoga mat in a leaf category with its required material.
    ProductDraft draft(const QString &title = u"Travel Yoga Mat 4 mm"_s)
    {
        const QStringList warehouses = warehouseIds();
        ProductDraft draft;
        draft.title = title;
        draft.description = u"<p>Folds to the size of a book.</p>"_s;
        draft.categoryId = u"601501"_s;
        draft.mainImageUris = {upload()};
        draft.productAttributes = {{u"100101"_s, u"Material"_s, {{u"1001015"_s, u"Plastic"_s}}}};
        draft.skus = {DraftSku{u"TYM-BLU"_s, Money{2599, u"USD"_s}, {{warehouses.first(), 20}},
                          {{u"100001"_s, u"Color"_s, u"1000014"_s, u"Blue"_s, {}}}},
            DraftSku{u"TYM-GRN"_s, Money{2599, u"USD"_s}, {{warehouses.first(), 5}},
                {{u"100001"_s, u"Color"_s, u"1000015"_s, u"Green"_s, {}}}}};
        draft.packageWeight = {u"0.9"_s, u"KILOGRAM"_s};
        return draft;
    }

    QStringList warehouseIds()
    {
        QStringList ids;
        for (const Warehouse &warehouse : valueOf(listings.warehouses()))
            ids.append(warehouse.id);
        return ids;
    }

    ProductDetail detail(const QString &id) { return valueOf(listings.detail(id)); }

    /// The first product of the shop in `status`.
    Product productIn(ProductStatus status, qsizetype skip = 0)
    {
        for (const Product &product : valueOf(products.searchAll())) {
            if (product.status == status && skip-- == 0)
                return product;
        }
        return {};
    }

    void advanceClock(qint64 seconds) { sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, seconds}}); }

    int writesOf(const QString &id) { return sandbox.server().stats().value(u"writes"_s).toObject().value(id).toInt(); }

    SandboxFixture sandbox;
    ApiClient client;
    ListingService listings;
    ProductService products;
};

} // namespace

/// The sandbox's listing routes over real HTTP: categories, attributes, brands, warehouses, image
/// upload (multipart only), create with its checks and review, detail, status changes.
class TestSandboxListings final : public QObject
{
    Q_OBJECT

private slots:
    void servesASearchableCategoryTree();
    void marksRequiredAttributes();
    void pagesBrandsAndListsWarehouses();
    void uploadsAPictureAsMultipart();
    void refusesBase64InJson();
    void enforcesThePictureRules();
    void createsAListingThatPassesReview();
    void failsTheReviewOfAForbiddenWord();
    void refusesWhatCannotBeListed_data();
    void refusesWhatCannotBeListed();
    void savesADraftAndActivatesItIntoReview();
    void changesStatusWithPerProductFailures();
    void deletesRecoverably();
    void describesASeededProductInFull();
    void editsAProduct();
};

void TestSandboxListings::servesASearchableCategoryTree()
{
    ListingRig rig;
    const QList<Category> all = valueOf(rig.listings.categories());
    QVERIFY(all.size() > 30);
    QSet<QString> ids;
    for (const Category &category : all)
        ids.insert(category.id);
    for (const Category &category : all) {
        QVERIFY(category.parentId == u"0" || ids.contains(category.parentId));
        const bool hasChildren = std::any_of(
            all.cbegin(), all.cend(), [&category](const Category &other) { return other.parentId == category.id; });
        QCOMPARE(category.isLeaf, !hasChildren);
    }

    // A keyword keeps the matches and their ancestors, so the answer is still a tree.
    const QList<Category> yoga = valueOf(rig.listings.categories(u"yoga"_s));
    QCOMPARE(yoga.size(), 3);
    QCOMPARE(yoga.last().name, u"Yoga Mats"_s);
    QVERIFY(yoga.last().isLeaf);
    QCOMPARE(yoga.first().parentId, u"0"_s);
    QVERIFY(valueOf(rig.listings.categories(u"no such thing"_s)).isEmpty());
}

void TestSandboxListings::marksRequiredAttributes()
{
    ListingRig rig;
    const QList<CategoryAttribute> attributes = valueOf(rig.listings.attributes(u"601101"_s));
    const auto find = [&attributes](const QString &name) {
        return *std::find_if(attributes.cbegin(), attributes.cend(),
            [&name](const CategoryAttribute &attribute) { return attribute.name == name; });
    };
    QVERIFY(find(u"Battery Type"_s).required);
    QVERIFY(!find(u"Warranty Period"_s).required);
    QCOMPARE(find(u"Color"_s).type, AttributeType::Sales);
    QVERIFY(find(u"Color"_s).customizable);

    QCOMPARE(errorOf(rig.listings.attributes(u"600001"_s)).category, ApiErrorCategory::InvalidParameter);
    QCOMPARE(errorOf(rig.listings.attributes(u"999"_s)).httpStatus, 404);
}

void TestSandboxListings::pagesBrandsAndListsWarehouses()
{
    ListingRig rig;
    const QList<Brand> brands = valueOf(rig.listings.brands(u"601501"_s));
    QCOMPARE(brands.size(), 10);

    // Three a page: four pages, each continued with the last one's token.
    QString token;
    int pages = 0;
    qsizetype seen = 0;
    do {
        ApiCall call(EndpointId::Brands);
        call.query(u"page_size"_s, 3);
        if (!token.isEmpty())
            call.query(u"page_token"_s, token);
        const Finished<QJsonObject> page = waitFor(rig.client.send(call));
        QVERIFY(!page.error);
        QCOMPARE(page.value.value(u"total_count"_s).toInt(), 10);
        seen += page.value.value(u"brands"_s).toArray().size();
        token = page.value.value(u"next_page_token"_s).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 4);
    QCOMPARE(seen, 10);

    ApiCall noSize(EndpointId::Brands);
    QCOMPARE(waitFor(rig.client.send(noSize)).error->code, 12019109);

    const QList<Warehouse> warehouses = valueOf(rig.listings.warehouses());
    QCOMPARE(warehouses.size(), 2);
    QVERIFY(warehouses.first().isDefault);
    QVERIFY(!warehouses.last().isDefault);
}

void TestSandboxListings::uploadsAPictureAsMultipart()
{
    ListingRig rig;
    const QByteArray picture = png(640, 480);
    const Finished<UploadedImage> uploaded
        = waitFor(rig.listings.uploadImage(picture, u"mug.png"_s, ImageUseCase::MainImage));
    QVERIFY2(!uploaded.error, qPrintable(uploaded.error ? uploaded.error->toString() : QString()));
    QVERIFY(!uploaded.value.uri.isEmpty());
    QCOMPARE(uploaded.value.width, 640);
    QCOMPARE(uploaded.value.height, 480);
    QCOMPARE(uploaded.value.useCase, ImageUseCase::MainImage);
    QCOMPARE(rig.writesOf(uploaded.value.uri), 1);

    ImageFetcher fetcher;
    const Finished<QByteArray> back = waitFor(fetcher.fetch(QUrl(uploaded.value.url)));
    QVERIFY(!back.error);
    QCOMPARE(back.value, picture);
}

void TestSandboxListings::refusesBase64InJson()
{
    ListingRig rig;
    ApiCall call(EndpointId::ImageUpload);
    call.jsonBody({{u"data"_s, QString::fromLatin1(png(400, 400).toBase64())}, {u"use_case"_s, u"MAIN_IMAGE"_s}});
    const Finished<QJsonObject> answer = waitFor(rig.client.send(call));
    QVERIFY(answer.error);
    QCOMPARE(answer.error->code, 36009023);
    QCOMPARE(answer.error->category, ApiErrorCategory::InvalidParameter);
    QVERIFY(rig.sandbox.server().stats().value(u"writes"_s).toObject().isEmpty());
}

void TestSandboxListings::enforcesThePictureRules()
{
    ListingRig rig;
    const ApiError small = errorOf(rig.listings.uploadImage(png(200, 200), u"s.png"_s, ImageUseCase::MainImage));
    QCOMPARE(small.category, ApiErrorCategory::InvalidParameter);
    QVERIFY2(small.message.contains(u"300"_s), qPrintable(small.message));
    // Pictures for the description may be smaller.
    QVERIFY(!waitFor(rig.listings.uploadImage(png(200, 200), u"s.png"_s, ImageUseCase::DescriptionImage)).error);

    const QByteArray gif("GIF89a\x90\x01\x90\x01\x00\x00\x00;", 14);
    QVERIFY(errorOf(rig.listings.uploadImage(gif, u"g.gif"_s, ImageUseCase::MainImage)).message.contains(u"PNG"_s));

    QByteArray huge = png(400, 400);
    huge.append(QByteArray(ListingRules::maxImageBytes, '\0'));
    const ApiError tooLarge = errorOf(rig.listings.uploadImage(huge, u"h.png"_s, ImageUseCase::MainImage));
    QCOMPARE(tooLarge.code, 36009021);
}

void TestSandboxListings::createsAListingThatPassesReview()
{
    ListingRig rig;
    ProductDraft draft = rig.draft();
    draft.externalProductId = u"client-7"_s;
    const Finished<SavedProduct> saved = waitFor(rig.listings.create(draft));
    QVERIFY2(!saved.error, qPrintable(saved.error ? saved.error->toString() : QString()));
    const QString id = saved.value.productId;
    QCOMPARE(saved.value.skuIds.size(), 2);
    QCOMPARE(rig.writesOf(id), 1);

    ProductDetail detail = rig.detail(id);
    QCOMPARE(detail.product.status, ProductStatus::Pending);
    QCOMPARE(detail.product.auditStatus, u"AUDITING"_s);
    QCOMPARE(detail.externalProductId, u"client-7"_s);
    QCOMPARE(detail.description, draft.description);
    QCOMPARE(detail.mainImages.size(), 1);
    QVERIFY(!detail.mainImages.first().urls.isEmpty());
    QCOMPARE(detail.salesAttributesOf(saved.value.skuIds.first().second).first().valueName, u"Blue"_s);
    QCOMPARE(detail.categoryChain.last().id, u"601501"_s);
    QCOMPARE(detail.categoryChain.size(), 3);

    rig.advanceClock(SandboxListingAudit::reviewSeconds + 1);
    detail = rig.detail(id);
    QCOMPARE(detail.product.status, ProductStatus::Activate);
    QCOMPARE(detail.product.auditStatus, u"APPROVED"_s);
    QVERIFY(detail.auditFailures.isEmpty());
    // The new product is found by the search, with its stock.
    const QList<Product> all = valueOf(rig.products.searchAll());
    QCOMPARE(all.size(), 251);
    QCOMPARE(all.last().id, id);
    QCOMPARE(all.last().totalStock(), 25);
}

void TestSandboxListings::failsTheReviewOfAForbiddenWord()
{
    ListingRig rig;
    const QString id = valueOf(rig.listings.create(rig.draft(u"Replica Designer Yoga Mat"_s))).productId;
    QVERIFY(!id.isEmpty());
    rig.advanceClock(SandboxListingAudit::reviewSeconds - 5);
    QCOMPARE(rig.detail(id).product.status, ProductStatus::Pending);
    rig.advanceClock(10);
    const ProductDetail detail = rig.detail(id);
    QCOMPARE(detail.product.status, ProductStatus::Failed);
    QCOMPARE(detail.auditFailures.size(), 1);
    QCOMPARE(detail.auditFailures.first().position, u"title"_s);
    QVERIFY(detail.auditFailures.first().reasons.first().contains(u"replica"_s));
    QVERIFY(!detail.auditFailures.first().suggestions.isEmpty());
}

void TestSandboxListings::refusesWhatCannotBeListed_data()
{
    QTest::addColumn<int>("mistake");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a leaf") << 0 << u"not a leaf"_s;
    QTest::newRow("ten pictures") << 1 << u"at most 9"_s;
    QTest::newRow("required attribute left out") << 2 << u"Material"_s;
    QTest::newRow("picture never uploaded") << 3 << u"not uploaded"_s;
    QTest::newRow("title too long") << 4 << u"255"_s;
    QTest::newRow("price in another currency") << 5 << u"USD"_s;
    QTest::newRow("no SKU") << 6 << u"SKUs"_s;
    QTest::newRow("foreign warehouse") << 7 << u"Warehouse"_s;
    QTest::newRow("no stock") << 8 << u"stock"_s;
    QTest::newRow("same option twice") << 9 << u"sales attributes"_s;
}

void TestSandboxListings::refusesWhatCannotBeListed()
{
    QFETCH(int, mistake);
    QFETCH(QString, message);
    ListingRig rig;
    ProductDraft draft = rig.draft();
    switch (mistake) {
    case 0:
        draft.categoryId = u"600501"_s;
        break;
    case 1:
        draft.mainImageUris = QStringList(10, draft.mainImageUris.first());
        break;
    case 2:
        draft.productAttributes.clear();
        break;
    case 3:
        draft.mainImageUris = {u"tos-made-up"_s};
        break;
    case 4:
        draft.title = QString(256, u'm');
        break;
    case 5:
        draft.skus.first().price.currency = u"GBP"_s;
        break;
    case 6:
        draft.skus.clear();
        break;
    case 7:
        draft.skus.first().inventory.first().warehouseId = u"1"_s;
        break;
    case 8:
        draft.skus.first().inventory.clear();
        break;
    case 9:
        draft.skus.last().salesAttributes = draft.skus.first().salesAttributes;
        break;
    }
    const ApiError error = errorOf(rig.listings.create(draft));
    QCOMPARE(error.category, ApiErrorCategory::InvalidParameter);
    QVERIFY2(error.message.contains(message, Qt::CaseInsensitive), qPrintable(error.message));
    QCOMPARE(valueOf(rig.products.searchAll()).size(), 250);
}

void TestSandboxListings::savesADraftAndActivatesItIntoReview()
{
    ListingRig rig;
    ProductDraft draft = rig.draft();
    draft.saveMode = SaveMode::AsDraft;
    draft.mainImageUris.clear();
    draft.description.clear();
    draft.productAttributes.clear();
    const QString id = valueOf(rig.listings.create(draft)).productId;
    QVERIFY(!id.isEmpty());
    QCOMPARE(rig.detail(id).product.status, ProductStatus::Draft);
    rig.advanceClock(SandboxListingAudit::reviewSeconds * 2);
    QCOMPARE(rig.detail(id).product.status, ProductStatus::Draft);

    const BatchOutcome outcome = valueOf(rig.listings.activate({id}));
    QVERIFY(outcome.allSucceeded());
    QCOMPARE(rig.detail(id).product.status, ProductStatus::Pending);
    rig.advanceClock(SandboxListingAudit::reviewSeconds);
    QCOMPARE(rig.detail(id).product.status, ProductStatus::Activate);
}

void TestSandboxListings::changesStatusWithPerProductFailures()
{
    ListingRig rig;
    const Product active = rig.productIn(ProductStatus::Activate);
    const Product frozen = rig.productIn(ProductStatus::Freeze);
    QVERIFY(!active.id.isEmpty() && !frozen.id.isEmpty());

    const Finished<BatchOutcome> deactivated = waitFor(rig.listings.deactivate({active.id, frozen.id, u"17"_s}));
    QVERIFY(!deactivated.error); // refusals arrive inside code 0
    QCOMPARE(deactivated.value.failures.size(), 2);
    QVERIFY(deactivated.value.failed(frozen.id));
    QVERIFY(deactivated.value.failed(u"17"_s));
    QCOMPARE(rig.detail(active.id).product.status, ProductStatus::SellerDeactivated);
    QCOMPARE(rig.detail(frozen.id).product.status, ProductStatus::Freeze);
    QCOMPARE(rig.writesOf(active.id), 1);

    QVERIFY(valueOf(rig.listings.activate({active.id})).allSucceeded());
    QCOMPARE(rig.detail(active.id).product.status, ProductStatus::Activate);

    QStringList tooMany;
    for (int i = 0; i < 21; ++i)
        tooMany.append(active.id);
    QCOMPARE(errorOf(rig.listings.deactivate(tooMany)).category, ApiErrorCategory::InvalidParameter);
}

void TestSandboxListings::deletesRecoverably()
{
    ListingRig rig;
    const Product product = rig.productIn(ProductStatus::Activate);
    QVERIFY(valueOf(rig.listings.remove({product.id})).allSucceeded());
    QCOMPARE(rig.detail(product.id).product.status, ProductStatus::Deleted);
    const QList<Product> all = valueOf(rig.products.searchAll());
    QCOMPARE(all.size(), 249);
    QVERIFY(std::none_of(all.cbegin(), all.cend(), [&](const Product &p) { return p.id == product.id; }));

    QVERIFY(valueOf(rig.listings.recover({product.id})).allSucceeded());
    QCOMPARE(rig.detail(product.id).product.status, ProductStatus::SellerDeactivated);
    QVERIFY(valueOf(rig.listings.recover({product.id})).failed(product.id));
}

void TestSandboxListings::describesASeededProductInFull()
{
    ListingRig rig;
    const Product product = rig.productIn(ProductStatus::Activate);
    const ProductDetail detail = rig.detail(product.id);
    QCOMPARE(detail.product.skus, product.skus);
    QVERIFY(detail.description.startsWith(u"<p>"_s));
    QVERIFY(detail.mainImages.size() >= 2);
    QCOMPARE(detail.categoryChain.size(), 3);
    QVERIFY(detail.categoryChain.last().isLeaf);
    QCOMPARE(detail.brandName, u"Maple & Co."_s);
    for (const Sku &sku : product.skus)
        QVERIFY(!detail.salesAttributesOf(sku.id).first().valueName.isEmpty());

    ImageFetcher fetcher;
    const Finished<QByteArray> picture = waitFor(fetcher.fetch(QUrl(detail.mainImages.first().urls.first())));
    QVERIFY(!picture.error);
    QCOMPARE(ImageHeader::read(picture.value).format, ImageHeader::Format::Png);

    const ProductDetail failed = rig.detail(rig.productIn(ProductStatus::Failed).id);
    QVERIFY(!failed.auditFailures.isEmpty());
}

void TestSandboxListings::editsAProduct()
{
    ListingRig rig;
    const Product product = rig.productIn(ProductStatus::Activate);
    ProductDraft draft = rig.draft(u"Travel Yoga Mat, now lighter"_s);
    const Finished<SavedProduct> saved = waitFor(rig.listings.edit(product.id, draft));
    QVERIFY2(!saved.error, qPrintable(saved.error ? saved.error->toString() : QString()));
    QCOMPARE(saved.value.productId, product.id);
    const ProductDetail detail = rig.detail(product.id);
    QCOMPARE(detail.product.title, draft.title);
    QCOMPARE(detail.product.status, ProductStatus::Pending);
    QCOMPARE(detail.product.skus.size(), 2);
    QCOMPARE(rig.writesOf(product.id), 1);
}

QTEST_GUILESS_MAIN(TestSandboxListings)
#include "tst_sandboxlistings.moc"
