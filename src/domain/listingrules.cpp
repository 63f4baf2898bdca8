#include "listingrules.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

using Field = ListingProblem::Field;

bool isPositiveDecimal(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // a measure, not money: a double is fine here
    return ok && value > 0;
}

bool isPositiveWhole(const QString &text)
{
    bool ok = false;
    return text.toLongLong(&ok) > 0 && ok;
}

QString skuName(const DraftSku &sku, qsizetype index)
{
    return sku.sellerSku.isEmpty() ? ListingRules::tr("SKU %1").arg(index + 1) : sku.sellerSku;
}

} // namespace

qsizetype ListingRules::minTitleLength(QStringView region)
{
    return region == u"US" || region == u"GB" || region == u"UK" ? 1 : minTitleLengthElsewhere;
}

bool ListingRules::isAcceptedFormat(ImageHeader::Format format)
{
    return format == ImageHeader::Format::Jpeg || format == ImageHeader::Format::Png;
}

bool ListingRules::hasChineseCharacters(QStringView text)
{
    for (const QChar ch : text) {
        if ((ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF) || (ch.unicode() >= 0x3400 && ch.unicode() <= 0x4DBF))
            return true;
    }
    return false;
}

std::optional<QString> ListingRules::checkImage(const PickedImage &image)
{
    const QLocale locale;
    if (!isAcceptedFormat(image.header.format))
        return tr("%1 is not a JPEG or PNG picture.").arg(image.fileName);
    if (image.bytes > maxImageBytes)
        return tr("%1 is %2; pictures may be at most %3.")
            .arg(image.fileName, locale.formattedDataSize(image.bytes), locale.formattedDataSize(maxImageBytes));
    const int shortSide = qMin(image.header.width, image.header.height);
    const int longSide = qMax(image.header.width, image.header.height);
    if (shortSide < minImageSide || longSide > maxImageSide)
        return tr("%1 is %2 × %3 pixels; each side must be from %4 to %5 pixels.")
            .arg(image.fileName)
            .arg(image.header.width)
            .arg(image.header.height)
            .arg(minImageSide)
            .arg(maxImageSide);
    return std::nullopt;
}

QList<ListingProblem> ListingRules::check(const ProductDraft &draft, const ListingContext &context)
{
    QList<ListingProblem> problems;
    const bool listing = draft.saveMode == SaveMode::Listing;
    checkTitle(draft, context, problems);
    if (listing && draft.description.trimmed().isEmpty())
        problems.append({Field::Description, tr("Write a description: a listing needs one.")});
    if (draft.description.size() > maxDescriptionLength)
        problems.append({Field::Description,
            tr("The description is %1 characters long; at most %2 are allowed.")
                .arg(draft.description.size())
                .arg(maxDescriptionLength)});
    if (draft.categoryId.isEmpty())
        problems.append({Field::Category, tr("Choose a category.")});
    else if (context.category && !context.category->isLeaf)
        problems.append({Field::Category,
            tr("“%1” has subcategories; choose one of them (products go into the last level).")
                .arg(context.category->name)});
    if (listing && draft.mainImageUris.isEmpty())
        problems.append({Field::Images, tr("Add at least one picture.")});
    if (draft.mainImageUris.size() > maxMainImages)
        problems.append({Field::Images,
            tr("%1 pictures are chosen; a listing may have at most %2.")
                .arg(draft.mainImageUris.size())
                .arg(maxMainImages)});
    checkAttributes(draft, context, problems);
    checkSkus(draft, problems);
    checkPackage(draft, problems);
    return problems;
}

void ListingRules::checkTitle(const ProductDraft &draft, const ListingContext &context, QList<ListingProblem> &problems)
{
    const QString title = draft.title.trimmed();
    const qsizetype shortest = minTitleLength(context.region);
    if (title.isEmpty())
        problems.append({Field::Title, tr("Write a title.")});
    else if (title.size() < shortest)
        problems.append({Field::Title,
            tr("The title is %1 characters long; in this market it needs at least %2.")
                .arg(title.size())
                .arg(shortest)});
    if (title.size() > maxTitleLength)
        problems.append({Field::Title,
            tr("The title is %1 characters long; at most %2 are allowed.").arg(title.size()).arg(maxTitleLength)});
    if (hasChineseCharacters(title))
        problems.append({Field::Title, tr("The title must not contain Chinese characters.")});
}

void ListingRules::checkAttributes(
    const ProductDraft &draft, const ListingContext &context, QList<ListingProblem> &problems)
{
    if (draft.saveMode != SaveMode::Listing)
        return;
    for (const CategoryAttribute &attribute : context.attributes) {
        if (attribute.type != AttributeType::Product || !attribute.required)
            continue;
        const auto given = std::find_if(draft.productAttributes.cbegin(), draft.productAttributes.cend(),
            [&attribute](const ProductAttribute &candidate) { return candidate.id == attribute.id; });
        const bool filled = given != draft.productAttributes.cend()
            && std::any_of(given->values.cbegin(), given->values.cend(),
                [](const AttributeValue &value) { return !value.id.isEmpty() || !value.name.trimmed().isEmpty(); });
        if (!filled)
            problems.append({Field::Attributes, tr("“%1” is required in this category.").arg(attribute.name)});
    }
}

void ListingRules::checkSkus(const ProductDraft &draft, QList<ListingProblem> &problems)
{
    if (draft.skus.isEmpty()) {
        problems.append({Field::Skus, tr("Add at least one SKU with a price and stock.")});
        return;
    }
    if (draft.skus.size() > maxSkus)
        problems.append({Field::Skus, tr("A listing may have at most %1 SKUs.").arg(maxSkus)});
    QSet<QString> sellerSkus;
    QSet<QString> variations;
    for (qsizetype i = 0; i < draft.skus.size(); ++i) {
        const DraftSku &sku = draft.skus.at(i);
        const QString name = skuName(sku, i);
        if (sku.price.minor <= 0)
            problems.append({Field::Skus, tr("%1: the price must be more than zero.").arg(name)});
        if (sku.sellerSku.size() > maxSellerSkuLength)
            problems.append({Field::Skus,
                tr("%1: a seller SKU may have at most %2 characters.").arg(name).arg(maxSellerSkuLength)});
        if (!sku.sellerSku.isEmpty() && sellerSkus.contains(sku.sellerSku))
            problems.append({Field::Skus, tr("%1: this seller SKU is used twice.").arg(name)});
        sellerSkus.insert(sku.sellerSku);
        if (sku.inventory.isEmpty())
            problems.append({Field::Skus, tr("%1: give its stock in at least one warehouse.").arg(name)});
        for (const WarehouseStock &stock : sku.inventory) {
            if (stock.quantity < minStock || stock.quantity > maxStock)
                problems.append({Field::Skus,
                    tr("%1: stock must be a whole number from %2 to %3.")
                        .arg(name, QLocale().toString(minStock), QLocale().toString(maxStock))});
        }
        QStringList values;
        bool optionMissing = sku.salesAttributes.isEmpty();
        for (const SalesAttribute &attribute : sku.salesAttributes) {
            if (attribute.valueName.size() > maxAttributeValueLength)
                problems.append({Field::Skus,
                    tr("%1: an option may have at most %2 characters.").arg(name).arg(maxAttributeValueLength)});
            optionMissing = optionMissing || (attribute.valueId.isEmpty() && attribute.valueName.trimmed().isEmpty());
            values.append(attribute.name + u'=' + attribute.valueId + attribute.valueName.trimmed());
        }
        if (draft.skus.size() < 2)
            continue;
        const QString variation = values.join(u'|');
        if (optionMissing)
            problems.append({Field::Skus, tr("%1: several SKUs need an option (such as a colour) each.").arg(name)});
        else if (variations.contains(variation))
            problems.append({Field::Skus, tr("%1: another SKU has the same option.").arg(name)});
        variations.insert(variation);
    }
}

void ListingRules::checkPackage(const ProductDraft &draft, QList<ListingProblem> &problems)
{
    if (!isPositiveDecimal(draft.packageWeight.value))
        problems.append({Field::Package, tr("Give the package weight.")});
    if (const auto &size = draft.packageDimensions) {
        if (!isPositiveWhole(size->length) || !isPositiveWhole(size->width) || !isPositiveWhole(size->height))
            problems.append({Field::Package, tr("Package length, width and height must be whole numbers above zero.")});
    }
}

} // namespace ShopDesk
