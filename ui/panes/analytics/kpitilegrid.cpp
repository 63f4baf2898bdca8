#include "kpitilegrid.h"

#include <QGridLayout>

#include "panes/analytics/kpitilewidget.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int columns = 5;

struct TileText
{
    KpiId id;
    QStringView objectName;
    const char *title;
    const char *explanation;
};

// Translated where the tiles are made; QT_TRANSLATE_NOOP marks them for lupdate.
constexpr TileText tileTexts[] = {
    {KpiId::Gmv, u"kpiGmv", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "GMV"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Gross merchandise value of the orders placed")},
    {KpiId::Orders, u"kpiOrders", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Orders"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Orders placed")},
    {KpiId::UnitsSold, u"kpiUnitsSold", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Units sold"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Items sold across all orders")},
    {KpiId::Buyers, u"kpiBuyers", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Buyers"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Customers who placed an order")},
    {KpiId::AvgOrderValue, u"kpiAvgOrderValue", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Average order value"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "GMV divided by orders")},
    {KpiId::Refunds, u"kpiRefunds", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Refunds"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Money refunded to buyers")},
    {KpiId::RefundRate, u"kpiRefundRate", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Refund rate"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Refunds as a share of GMV")},
    {KpiId::ProductImpressions, u"kpiProductImpressions",
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Product impressions"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Times the shop's products were shown")},
    {KpiId::PageViews, u"kpiPageViews", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Page views"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Views of product pages")},
    {KpiId::LiveViewers, u"kpiLiveViewers", QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "LIVE viewers"),
        QT_TRANSLATE_NOOP("ShopDesk::KpiTileGrid", "Viewers of the shop's LIVE sessions")},
};

} // namespace

KpiTileGrid::KpiTileGrid(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    int index = 0;
    for (const TileText &text : tileTexts) {
        auto *tile = new KpiTileWidget(tr(text.title), tr(text.explanation), this);
        tile->setObjectName(text.objectName.toString());
        layout->addWidget(tile, index / columns, index % columns);
        m_tiles.insert(text.id, tile);
        ++index;
    }
    for (int column = 0; column < columns; ++column)
        layout->setColumnStretch(column, 1);
}

void KpiTileGrid::setKpis(const QList<Kpi> &kpis)
{
    for (const Kpi &kpi : kpis) {
        if (KpiTileWidget *shown = tile(kpi.id))
            shown->setKpi(kpi);
    }
}

} // namespace ShopDesk
