#include "offlinefilllabel.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

OfflineFillLabel::OfflineFillLabel(OfflineFill &fill, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"offlineFillLabel"_s);
    hide();
    connect(&fill, &OfflineFill::areaStarted, this, [this](OfflineFill::Area area, int index, int count) {
        setText(tr("Saving for offline use: %1 (%2 of %3)…").arg(areaName(area)).arg(index + 1).arg(count));
        show();
    });
    connect(&fill, &OfflineFill::finished, this, &QLabel::hide);
}

QString OfflineFillLabel::areaName(OfflineFill::Area area)
{
    switch (area) {
    case OfflineFill::Area::Collaborations:
        return tr("collaborations");
    case OfflineFill::Area::AffiliateOrders:
        return tr("affiliate orders");
    case OfflineFill::Area::LiveSessions:
        return tr("LIVE sessions");
    case OfflineFill::Area::Analytics:
        return tr("analytics");
    }
    return {};
}

} // namespace ShopDesk
