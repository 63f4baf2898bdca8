#include <QTest>

#include "domain/listingrules.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

using Field = ListingProblem::Field;

ProductDraft goodDraft()
{
    ProductDraft draft;
    draft.title = u"Ceramic Pour-Over Coffee Dripper"_s;
    draft.description = u"<p>Brews two cups.</p>"_s;
    draft.categoryId = u"601201"_s;
    draft.mainImageUris = {u"a.png"_s};
    draft.skus = {DraftSku{u"CD-1"_s, Money{1999, u"USD"_s}, {{u"w1"_s, 10}}, {}}};
    draft.productAttributes = {{u"100101"_s, u"Material"_s, {{u"1"_s, u"Ceramic"_s}}}};
    draft.packageWeight = {u"0.4"_s, u"KILOGRAM"_s};
    return draft;
}

ListingContext usContext()
{
    ListingContext context;
    context.region = u"US"_s;
    context.category = Category{u"601201"_s, u"600201"_s, u"Drinkware"_s, true};
    context.attributes = {{u"100101"_s, u"Material"_s, AttributeType::Product, true, false, true, {}},
        {u"100103"_s, u"Warranty Period"_s, AttributeType::Product, false, false, false, {}}};
    return context;
}

bool mentions(const QList<ListingProblem> &problems, Field field, const QString &text)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const ListingProblem &problem) {
        return problem.field == field && problem.message.contains(text, Qt::CaseInsensitive);
    });
}

} // namespace

/// The checks of a new listing before anything is uploaded or sent.
class TestListingRules final : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAGoodDraft();
    void namesEveryProblemOfABadDraft();
    void asksForMoreTitleOutsideTheUsAndUk();
    void letsADraftLeaveThingsOut();
    void checksEachPicture();
    void wantsDistinctOptionsForSeveralSkus();
};

void TestListingRules::acceptsAGoodDraft()
{
    const QList<ListingProblem> problems = ListingRules::check(goodDraft(), usContext());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
}

void TestListingRules::namesEveryProblemOfABadDraft()
{
    ProductDraft draft = goodDraft();
    draft.title = QString(256, u'x');
    draft.mainImageUris = QStringList(10, u"p.png"_s);
    draft.productAttributes.clear();
    draft.skus.first().price.minor = 0;
    draft.skus.first().inventory.first().quantity = 100'000;
    draft.packageWeight.value.clear();
    ListingContext context = usContext();
    context.category->isLeaf = false;

    const QList<ListingProblem> problems = ListingRules::check(draft, context);
    QVERIFY(mentions(problems, Field::Title, u"at most 255"_s));
    QVERIFY(mentions(problems, Field::Images, u"at most 9"_s));
    QVERIFY(mentions(problems, Field::Category, u"subcategories"_s));
    QVERIFY(mentions(problems, Field::Attributes, u"“Material” is required"_s));
    QVERIFY(!mentions(problems, Field::Attributes, u"Warranty"_s));
    QVERIFY(mentions(problems, Field::Skus, u"more than zero"_s));
    QVERIFY(mentions(problems, Field::Skus, u"99,999"_s));
    QVERIFY(mentions(problems, Field::Package, u"weight"_s));
    QCOMPARE(problems.size(), 7);

    draft = goodDraft();
    draft.title = u"陶瓷咖啡滤杯 Dripper"_s;
    QVERIFY(mentions(ListingRules::check(draft, usContext()), Field::Title, u"Chinese"_s));
}

void TestListingRules::asksForMoreTitleOutsideTheUsAndUk()
{
    ProductDraft draft = goodDraft();
    draft.title = u"Coffee Dripper"_s; // 14 characters
    ListingContext context = usContext();
    QVERIFY(ListingRules::check(draft, context).isEmpty());
    context.region = u"GB"_s;
    QVERIFY(ListingRules::check(draft, context).isEmpty());
    context.region = u"MY"_s;
    QVERIFY(mentions(ListingRules::check(draft, context), Field::Title, u"at least 25"_s));
}

void TestListingRules::letsADraftLeaveThingsOut()
{
    ProductDraft draft = goodDraft();
    draft.saveMode = SaveMode::AsDraft;
    draft.description.clear();
    draft.mainImageUris.clear();
    draft.productAttributes.clear();
    QVERIFY(ListingRules::check(draft, usContext()).isEmpty());
    draft.saveMode = SaveMode::Listing;
    const QList<ListingProblem> problems = ListingRules::check(draft, usContext());
    QVERIFY(mentions(problems, Field::Description, u"description"_s));
    QVERIFY(mentions(problems, Field::Images, u"at least one picture"_s));
    QVERIFY(mentions(problems, Field::Attributes, u"Material"_s));
}

void TestListingRules::checksEachPicture()
{
    const ImageHeader photo{ImageHeader::Format::Jpeg, 1200, 1200};
    QVERIFY(!ListingRules::checkImage({u"ok.jpg"_s, 800'000, photo}));
    const std::optional<QString> tooBig = ListingRules::checkImage({u"big.jpg"_s, 6 * 1024 * 1024, photo});
    QVERIFY(tooBig && tooBig->contains(u"big.jpg"_s));
    const std::optional<QString> tooSmall
        = ListingRules::checkImage({u"tiny.png"_s, 1000, {ImageHeader::Format::Png, 299, 800}});
    QVERIFY(tooSmall && tooSmall->contains(u"300"_s));
    const std::optional<QString> tooLarge
        = ListingRules::checkImage({u"huge.png"_s, 1000, {ImageHeader::Format::Png, 4001, 800}});
    QVERIFY(tooLarge && tooLarge->contains(u"4000"_s));
    const std::optional<QString> gif
        = ListingRules::checkImage({u"a.gif"_s, 1000, {ImageHeader::Format::Gif, 500, 500}});
    QVERIFY(gif && gif->contains(u"JPEG or PNG"_s));
}

void TestListingRules::wantsDistinctOptionsForSeveralSkus()
{
    ProductDraft draft = goodDraft();
    draft.skus.append(DraftSku{u"CD-2"_s, Money{2199, u"USD"_s}, {{u"w1"_s, 3}}, {}});
    QVERIFY(mentions(ListingRules::check(draft, usContext()), Field::Skus, u"option"_s));
    draft.skus[0].salesAttributes = {{{}, u"Color"_s, {}, u"White"_s, {}}};
    draft.skus[1].salesAttributes = {{{}, u"Color"_s, {}, u"White"_s, {}}};
    QVERIFY(mentions(ListingRules::check(draft, usContext()), Field::Skus, u"same option"_s));
    draft.skus[1].salesAttributes.first().valueName = u"Black"_s;
    QVERIFY(ListingRules::check(draft, usContext()).isEmpty());
    draft.skus[1].sellerSku = u"CD-1"_s;
    QVERIFY(mentions(ListingRules::check(draft, usContext()), Field::Skus, u"used twice"_s));
}

QTEST_GUILESS_MAIN(TestListingRules)
#include "tst_listingrules.moc"
