#include <QJsonDocument>
#include <QTest>

#include "domain/listingcodec.h"
#include "domain/productdetailcodec.h"
#include "io/imageheader.h"
#include "io/multipartform.h"
#include "sandbox/pngencoder.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// URLs are written with escaped slashes: moc would read a `//` inside a raw string as a comment.
const QByteArray detailJson = R"({
  "id": "1729592969712207000", "status": "FAILED", "title": "Yoga Mat", "product_status": "FAILED",
  "audit": {"status": "AUDIT_FAILED"}, "create_time": 1700000000, "update_time": 1700086400,
  "description": "<p>Non-slip <b>6 mm</b> mat.</p>",
  "category_chains": [{"id": "600005", "parent_id": "0", "local_name": "Sports", "is_leaf": false},
                      {"id": "601501", "parent_id": "600005", "local_name": "Yoga Mats", "is_leaf": true}],
  "brand": {"id": "7082427311584347905", "name": "Maple & Co."},
  "main_images": [{"uri": "tos-1", "urls": ["http:\/\/cdn\/1.png"], "thumb_urls": ["http:\/\/cdn\/1t.png"],
                   "width": 800, "height": 600}],
  "skus": [{"id": "1729592969712207001", "seller_sku": "YM-1-PUR",
            "price": {"amount": "27.99", "currency": "USD", "sale_price": "27.99"},
            "inventory": [{"warehouse_id": "7200000000000001", "quantity": 12}],
            "sales_attributes": [{"id": "100001", "name": "Color", "value_id": "1000011", "value_name": "Purple",
                                  "sku_img": {"uri": "tos-2"}}]}],
  "product_attributes": [{"id": "100101", "name": "Material", "values": [{"id": "1001017", "name": "Other"}]}],
  "package_weight": {"value": "0.8", "unit": "KILOGRAM"},
  "package_dimensions": {"length": "60", "width": "12", "height": "12", "unit": "CENTIMETER"},
  "audit_failed_reasons": [{"position": "title", "reasons": ["Uses a forbidden word."],
                            "suggestions": ["Reword it."]}],
  "external_product_id": "c0ffee"
})";

ProductDraft sampleDraft()
{
    ProductDraft draft;
    draft.title = u"Linen Shirt"_s;
    draft.description = u"<p>Light.</p>"_s;
    draft.categoryId = u"601402"_s;
    draft.brandId = u"7082427311584347905"_s;
    draft.mainImageUris = {u"tos-a"_s, u"tos-b"_s};
    draft.skus = {DraftSku{u"LN-S"_s, Money{3899, u"USD"_s}, {{u"72001"_s, 5}, {u"72002"_s, 0}},
                      {{u"100002"_s, u"Size"_s, u"1000022"_s, u"S"_s, {}}}},
        DraftSku{u"LN-M"_s, Money{3999, u"USD"_s}, {{u"72001"_s, 7}}, {{{}, u"Size"_s, {}, u"M"_s, u"tos-c"_s}}}};
    draft.productAttributes = {{u"100101"_s, u"Material"_s, {{u"1001011"_s, u"Cotton"_s}, {{}, u"Linen"_s}}}};
    draft.packageWeight = {u"0.35"_s, u"KILOGRAM"_s};
    draft.packageDimensions = PackageDimensions{u"30"_s, u"20"_s, u"4"_s, u"CENTIMETER"_s};
    draft.saveMode = SaveMode::AsDraft;
    draft.externalProductId = u"client-42"_s;
    return draft;
}

} // namespace

/// The JSON of listing a product, the image header reader and multipart/form-data.
class TestListingCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodesAFullDetail();
    void detailRoundTripsThroughTheSandboxEncoding();
    void draftRoundTrips();
    void refusesAHostileDraft_data();
    void refusesAHostileDraft();
    void readsTheMisspelledRequiredFlag();
    void decodesCategoriesBrandsAndUploads();
    void readsImageHeaders();
    void multipartRoundTrips();
    void refusesABrokenMultipartBody();
};

void TestListingCodec::decodesAFullDetail()
{
    const Result<ProductDetail> detail = ProductDetailCodec::decode(parse(detailJson));
    QVERIFY2(detail.ok(), qPrintable(detail.ok() ? QString() : detail.error().toString()));
    const ProductDetail &value = detail.value();
    QCOMPARE(value.product.status, ProductStatus::Failed);
    QCOMPARE(value.description, u"<p>Non-slip <b>6 mm</b> mat.</p>"_s);
    QCOMPARE(value.categoryChain.size(), 2);
    QVERIFY(value.categoryChain.last().isLeaf);
    QCOMPARE(value.brandName, u"Maple & Co."_s);
    QCOMPARE(value.mainImages.first().urls, QStringList{u"http://cdn/1.png"_s});
    QCOMPARE(value.mainImages.first().width, 800);
    const QList<SalesAttribute> attributes = value.salesAttributesOf(u"1729592969712207001"_s);
    QCOMPARE(attributes.size(), 1);
    QCOMPARE(attributes.first().valueName, u"Purple"_s);
    QCOMPARE(attributes.first().skuImageUri, u"tos-2"_s);
    QCOMPARE(value.productAttributes.first().values.first().name, u"Other"_s);
    QCOMPARE(value.packageWeight->value, u"0.8"_s);
    QCOMPARE(value.packageDimensions->length, u"60"_s);
    QCOMPARE(value.auditFailures.first().reasons, QStringList{u"Uses a forbidden word."_s});
    QCOMPARE(value.externalProductId, u"c0ffee"_s);
}

void TestListingCodec::detailRoundTripsThroughTheSandboxEncoding()
{
    const ProductDetail original = ProductDetailCodec::decode(parse(detailJson)).value();
    const Result<ProductDetail> again = ProductDetailCodec::decode(ProductDetailCodec::encode(original));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), original);
}

void TestListingCodec::draftRoundTrips()
{
    const ProductDraft draft = sampleDraft();
    const QJsonObject body = ListingCodec::encodeDraft(draft);
    QCOMPARE(body.value(u"save_mode").toString(), u"AS_DRAFT"_s);
    QCOMPARE(body.value(u"external_product_id").toString(), u"client-42"_s);
    QCOMPARE(body.value(u"skus").toArray().at(0).toObject().value(u"price").toObject().value(u"amount").toString(),
        u"38.99"_s);
    const Result<ProductDraft> decoded = ListingCodec::decodeDraft(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value(), draft);
    QCOMPARE(draft.sellerSkus(), (QStringList{u"LN-S"_s, u"LN-M"_s}));
}

void TestListingCodec::refusesAHostileDraft_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("numeric category id") << u"category_id"_s << QByteArray("category_id") << QJsonValue(601402);
    QTest::newRow("skus not a list") << u"skus"_s << QByteArray("skus") << QJsonValue(u"LN-S"_s);
    QTest::newRow("unknown save mode") << u"save_mode"_s << QByteArray("save_mode") << QJsonValue(u"LATER"_s);
    QTest::newRow("weight without unit") << u"package_weight.unit"_s << QByteArray("package_weight")
                                         << QJsonValue(QJsonObject{{u"value"_s, u"1"_s}});
    QTest::newRow("image without uri") << u"main_images[0].uri"_s << QByteArray("main_images")
                                       << QJsonValue(QJsonArray{QJsonObject{{u"url"_s, u"x"_s}}});
}

void TestListingCodec::refusesAHostileDraft()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, field);
    QFETCH(QJsonValue, value);
    QJsonObject body = ListingCodec::encodeDraft(sampleDraft());
    body.insert(QString::fromLatin1(field), value);
    const Result<ProductDraft> decoded = ListingCodec::decodeDraft(body);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().path, path);
}

void TestListingCodec::readsTheMisspelledRequiredFlag()
{
    const QJsonObject data = parse(R"({"attributes": [
        {"id": "1", "name": "Material", "type": "PRODUCT_PROPERTY", "is_requried": true, "values": []},
        {"id": "2", "name": "Volume", "type": "PRODUCT_PROPERTY", "is_required": true, "values": []},
        {"id": "3", "name": "Color", "type": "SALES_PROPERTY", "is_customizable": true,
         "values": [{"id": "31", "name": "Red"}]}]})");
    const Result<QList<CategoryAttribute>> attributes = ListingCodec::decodeAttributes(data);
    QVERIFY(attributes.ok());
    QVERIFY(attributes.value().at(0).required);
    QVERIFY(attributes.value().at(1).required);
    QCOMPARE(attributes.value().at(2).type, AttributeType::Sales);
    QVERIFY(attributes.value().at(2).customizable);
    QCOMPARE(
        ListingCodec::decodeAttributes(ListingCodec::encodeAttributes(attributes.value())).value(), attributes.value());

    const Result<QList<CategoryAttribute>> bad = ListingCodec::decodeAttributes(
        parse(R"({"attributes": [{"id": "1", "name": "X", "type": "COLOUR_PROPERTY"}]})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().path, u"data.attributes[0].type"_s);
}

void TestListingCodec::decodesCategoriesBrandsAndUploads()
{
    const QList<Category> categories{{u"1"_s, u"0"_s, u"Home"_s, false}, {u"2"_s, u"1"_s, u"Mugs"_s, true}};
    QCOMPARE(ListingCodec::decodeCategories(ListingCodec::encodeCategories(categories)).value(), categories);
    const Result<QList<Category>> numericId
        = ListingCodec::decodeCategories(parse(R"({"categories": [{"id": 5, "local_name": "x"}]})"));
    QVERIFY(!numericId.ok());
    QCOMPARE(numericId.error().path, u"data.categories[0].id"_s);

    const BrandPage page{{{u"9"_s, u"Maple"_s, u"AUTHORIZED"_s}}, u"+/+/x=="_s, 11};
    const Result<BrandPage> brands = ListingCodec::decodeBrandPage(ListingCodec::encodeBrandPage(page));
    QCOMPARE(brands.value().brands, page.brands);
    QCOMPARE(brands.value().nextPageToken, page.nextPageToken);
    QCOMPARE(brands.value().totalCount, 11);

    const UploadedImage image{u"tos-9"_s, u"http://x/tos-9"_s, 640, 480, ImageUseCase::AttributeImage};
    QCOMPARE(ListingCodec::decodeUploadedImage(ListingCodec::encodeUploadedImage(image)).value(), image);
    QVERIFY(!ListingCodec::decodeUploadedImage(parse(R"({"url": "x"})")).ok());

    const QList<Warehouse> warehouses{{u"72001"_s, u"Main"_s, true}};
    QCOMPARE(ListingCodec::decodeWarehouses(ListingCodec::encodeWarehouses(warehouses)).value(), warehouses);

    const SavedProduct saved{u"18001"_s, {{u"LN-S"_s, u"18001001"_s}}, {u"Check the title."_s}};
    QCOMPARE(ListingCodec::decodeSaved(ListingCodec::encodeSaved(saved)).value(), saved);
}

void TestListingCodec::readsImageHeaders()
{
    const QByteArray png = PngEncoder::encodeRgb(320, 200, QByteArray(320 * 200 * 3, '\x40'));
    const ImageHeader header = ImageHeader::read(png);
    QCOMPARE(header.format, ImageHeader::Format::Png);
    QCOMPARE(header.width, 320);
    QCOMPARE(header.height, 200);

    // A baseline JPEG's start: SOI, an APP0 segment, then SOF0 with height 480 and width 640.
    const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffc0001108"
                                                "01e0"
                                                "0280"
                                                "03012200021101031101");
    const ImageHeader fromJpeg = ImageHeader::read(jpeg);
    QCOMPARE(fromJpeg.format, ImageHeader::Format::Jpeg);
    QCOMPARE(fromJpeg.width, 640);
    QCOMPARE(fromJpeg.height, 480);

    QCOMPARE(ImageHeader::read(QByteArray("GIF89a\x10\x00\x08\x00", 10)).format, ImageHeader::Format::Gif);
    QVERIFY(!ImageHeader::read("not an image").isValid());
    QVERIFY(!ImageHeader::read(png.left(20)).isValid());
    QVERIFY(!ImageHeader::read(jpeg.left(12)).isValid());
}

void TestListingCodec::multipartRoundTrips()
{
    const QList<FormPart> parts{FormPart{u"data"_s, QByteArray("\x89PNG\r\n--not-a-boundary\r\n\0bytes", 30),
                                    u"mug \"blue\".png"_s, "image/png"},
        FormPart{u"use_case"_s, "MAIN_IMAGE", {}, {}}};
    const QByteArray boundary = MultipartForm::newBoundary();
    const QByteArray body = MultipartForm::encode(parts, boundary);
    // Servers often quote the boundary; both forms are read.
    const QByteArray quoted = "multipart/form-data; boundary=\"" + boundary + '"';
    for (const QByteArray &type : {MultipartForm::contentType(boundary), quoted}) {
        const Result<QList<FormPart>> decoded = MultipartForm::decode(type, body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QCOMPARE(decoded.value(), parts);
    }
}

void TestListingCodec::refusesABrokenMultipartBody()
{
    const QByteArray boundary = "b0undary";
    const QByteArray body = MultipartForm::encode({FormPart{u"data"_s, "abc", u"a.png"_s, "image/png"}}, boundary);
    QVERIFY(!MultipartForm::decode("application/json", body).ok());
    QVERIFY(!MultipartForm::decode("multipart/form-data", body).ok());
    QVERIFY(!MultipartForm::decode(MultipartForm::contentType(boundary), body.left(body.size() - 20)).ok());
    QVERIFY(!MultipartForm::decode(MultipartForm::contentType(boundary),
        "--b0undary\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--b0undary--\r\n")
                 .ok());
}

QTEST_GUILESS_MAIN(TestListingCodec)
#include "tst_listingcodec.moc"
