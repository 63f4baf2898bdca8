#pragma once

#include <QLabel>

#include "sync/offlinefill.h"

namespace ShopDesk {

/// The status bar's word on the first sync of the affiliate, LIVE and analytics data: which area
/// is being saved for offline use, and how far along; hidden when nothing is being saved.
class OfflineFillLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineFillLabel)

public:
    OfflineFillLabel(OfflineFill &fill, QWidget *parent = nullptr);

    static QString areaName(OfflineFill::Area area);
};

} // namespace ShopDesk
