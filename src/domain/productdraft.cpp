#include "productdraft.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array saveModes{
    EnumName<SaveMode>{SaveMode::AsDraft, u"AS_DRAFT"},
    EnumName<SaveMode>{SaveMode::Listing, u"LISTING"},
};

constexpr std::array useCases{
    EnumName<ImageUseCase>{ImageUseCase::MainImage, u"MAIN_IMAGE"},
    EnumName<ImageUseCase>{ImageUseCase::AttributeImage, u"ATTRIBUTE_IMAGE"},
    EnumName<ImageUseCase>{ImageUseCase::DescriptionImage, u"DESCRIPTION_IMAGE"},
    EnumName<ImageUseCase>{ImageUseCase::CertificationImage, u"CERTIFICATION_IMAGE"},
    EnumName<ImageUseCase>{ImageUseCase::SizeChartImage, u"SIZE_CHART_IMAGE"},
};

} // namespace

QString saveModeToApi(SaveMode mode)
{
    return enumToName(saveModes, mode, u"LISTING");
}

std::optional<SaveMode> saveModeFromApi(QStringView text)
{
    return enumFromName(saveModes, text);
}

QString imageUseCaseToApi(ImageUseCase useCase)
{
    return enumToName(useCases, useCase, u"MAIN_IMAGE");
}

std::optional<ImageUseCase> imageUseCaseFromApi(QStringView text)
{
    return enumFromName(useCases, text);
}

QStringList ProductDraft::sellerSkus() const
{
    QStringList result;
    for (const DraftSku &sku : skus) {
        if (!sku.sellerSku.isEmpty())
            result.append(sku.sellerSku);
    }
    return result;
}

} // namespace ShopDesk
