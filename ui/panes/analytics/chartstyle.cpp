#include "chartstyle.h"

#include <QChart>
#include <QValueAxis>
#include <QWidget>

#include "core/money.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

qint64 minorPerMajor(const QString &currency)
{
    qint64 scale = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        scale *= 10;
    return scale;
}

} // namespace

void ChartStyle::applyTheme(QChart *chart, const QWidget *widget)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(widget->palette().base());
    chart->setTitleBrush(widget->palette().text());
    chart->legend()->setLabelColor(widget->palette().color(QPalette::Text));
    chart->setFont(widget->font());
    chart->legend()->setFont(widget->font());
    // Numbers on the axes follow the user's locale (grouping, decimal point).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

double ChartStyle::major(qint64 minor, const QString &currency)
{
    return static_cast<double>(minor) / static_cast<double>(minorPerMajor(currency));
}

AxisScale ChartStyle::moneyScale(qint64 max, const QString &currency)
{
    return AxisScale::covering(max, minorPerMajor(currency));
}

void ChartStyle::setMoneyAxis(QValueAxis *axis, const AxisScale &scale, const QString &currency)
{
    axis->setRange(0, major(scale.top, currency));
    axis->setTickCount(scale.tickCount());
    // Steps are whole major units unless the amounts are tiny; the symbol has no '%' to escape.
    const bool whole = scale.step % minorPerMajor(currency) == 0;
    axis->setLabelFormat(Money::symbol(currency) + (whole ? u"%.0f"_s : u"%.2f"_s));
}

void ChartStyle::setCountAxis(QValueAxis *axis, const AxisScale &scale)
{
    axis->setRange(0, static_cast<double>(scale.top));
    axis->setTickCount(scale.tickCount());
    axis->setLabelFormat(u"%.0f"_s);
}

} // namespace ShopDesk
