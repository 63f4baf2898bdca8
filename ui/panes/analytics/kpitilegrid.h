#pragma once

#include <QMap>
#include <QWidget>

#include "models/performancekpis.h"

namespace ShopDesk {

class KpiTileWidget;

/// The Analytics pane's KPI tiles in two rows of five, each named `kpi<Figure>` (kpiGmv, …).
class KpiTileGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTileGrid)

public:
    explicit KpiTileGrid(QWidget *parent = nullptr);

    void setKpis(const QList<Kpi> &kpis);
    KpiTileWidget *tile(KpiId id) const { return m_tiles.value(id); }

private:
    QMap<KpiId, KpiTileWidget *> m_tiles;
};

} // namespace ShopDesk
