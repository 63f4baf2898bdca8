#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/productdraft.h"
#include "io/imageheader.h"

namespace ShopDesk {

/// One reason a listing cannot be sent as it is, with the part of the form it is about.
struct ListingProblem
{
    enum class Field { Title, Description, Category, Images, Attributes, Skus, Package };

    Field field = Field::Title;
    QString message;
};

/// A picture the seller picked from disk, as the checks see it.
struct PickedImage
{
    QString fileName;
    qint64 bytes = 0;
    ImageHeader header;
};

/// What the checks of a draft need to know besides the draft itself.
struct ListingContext
{
    /// The shop's region ("US", "GB", …): title rules differ by market.
    QString region;
    /// The category the draft names, when it is known.
    std::optional<Category> category;
    /// That category's attributes.
    QList<CategoryAttribute> attributes;
};

/// The rules a new listing must meet (reference section 5.1 and the create-product reference),
/// checked before anything is uploaded or sent so that the seller reads every problem at once, in
/// their language. The limits are public so that the sandbox enforces the very same ones.
class ListingRules final
{
    Q_DECLARE_TR_FUNCTIONS(ListingRules)

public:
    static constexpr qsizetype maxMainImages = 9;
    /// Reference section 5.1 allows uploads up to 10 MB; the create-product rules for main images
    /// say 5 MB. The stricter one, in this one place.
    static constexpr qint64 maxImageBytes = 5 * 1024 * 1024;
    static constexpr int minImageSide = 300;
    static constexpr int maxImageSide = 4000;
    static constexpr qsizetype maxTitleLength = 255;
    /// Outside the US and UK a title needs at least this many characters.
    static constexpr qsizetype minTitleLengthElsewhere = 25;
    static constexpr qsizetype maxDescriptionLength = 10'000;
    static constexpr qsizetype maxSellerSkuLength = 50;
    static constexpr qsizetype maxSkus = 100;
    static constexpr qsizetype maxAttributeValueLength = 50;
    /// Stock per warehouse, as the inventory update accepts it (reference sections 5.1 and 11.5).
    static constexpr qint64 minStock = 0;
    static constexpr qint64 maxStock = 99'999;

    static qsizetype minTitleLength(QStringView region);
    /// JPEG and PNG; other formats are refused by the upload.
    static bool isAcceptedFormat(ImageHeader::Format format);
    /// Whether the text holds Chinese characters, which titles must not.
    static bool hasChineseCharacters(QStringView text);

    /// Why this picture cannot be a main image, or nothing when it can.
    static std::optional<QString> checkImage(const PickedImage &image);
    /// Every problem of the draft, in the order of the form. A draft saved AS_DRAFT may leave out
    /// images, description and required attributes; one to be listed may not.
    static QList<ListingProblem> check(const ProductDraft &draft, const ListingContext &context);

private:
    static void checkTitle(const ProductDraft &draft, const ListingContext &context, QList<ListingProblem> &problems);
    static void checkAttributes(
        const ProductDraft &draft, const ListingContext &context, QList<ListingProblem> &problems);
    static void checkSkus(const ProductDraft &draft, QList<ListingProblem> &problems);
    static void checkPackage(const ProductDraft &draft, QList<ListingProblem> &problems);
};

} // namespace ShopDesk
