#pragma once

#include <QString>

#include "models/performancechartdata.h"

class QChart;
class QValueAxis;
class QWidget;

namespace ShopDesk {

/// What the Analytics charts share: a theme that follows the window's palette, and value axes in
/// the shop's currency. Money arrives in minor units and becomes a double only here, for drawing.
class ChartStyle final
{
public:
    static void applyTheme(QChart *chart, const QWidget *widget);
    /// Minor units → major units as the chart draws them.
    static double major(qint64 minor, const QString &currency);
    /// A scale over `max` minor units in steps of whole major units (cents never make a step).
    static AxisScale moneyScale(qint64 max, const QString &currency);
    /// A value axis from 0 over `scale` (minor units), labelled like "$1,200".
    static void setMoneyAxis(QValueAxis *axis, const AxisScale &scale, const QString &currency);
    static void setCountAxis(QValueAxis *axis, const AxisScale &scale);
};

} // namespace ShopDesk
