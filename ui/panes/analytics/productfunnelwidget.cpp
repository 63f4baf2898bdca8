#include "productfunnelwidget.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "models/performancekpis.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int margin = 8;
// Widths of the steps as a share of the widest, so that the shape reads as a funnel whatever the
// counts; the counts themselves are written on the bars.
constexpr int widthPercent[] = {100, 74, 48};

} // namespace

ProductFunnelWidget::ProductFunnelWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    showMessage(tr("Select a product to see its funnel."));
}

void ProductFunnelWidget::setFunnel(const ProductFunnel &funnel, const QString &productTitle)
{
    m_funnel = funnel;
    m_title = productTitle;
    m_message.clear();
    setAccessibleDescription(lines().join(u'\n'));
    update();
}

void ProductFunnelWidget::showMessage(const QString &message)
{
    m_funnel.reset();
    m_message = message;
    setAccessibleDescription(message);
    update();
}

QString ProductFunnelWidget::stageName(ProductFunnel::Stage stage)
{
    switch (stage) {
    case ProductFunnel::Stage::Impressions:
        return tr("Impressions");
    case ProductFunnel::Stage::PageViews:
        return tr("Page views");
    case ProductFunnel::Stage::Orders:
        return tr("Orders");
    }
    return {};
}

QString ProductFunnelWidget::conversionName(ProductFunnel::Stage stage)
{
    return stage == ProductFunnel::Stage::PageViews ? tr("click-through") : tr("conversion");
}

QStringList ProductFunnelWidget::lines() const
{
    if (!m_funnel)
        return {m_message};
    const QLocale locale;
    QStringList result{m_title};
    for (const ProductFunnel::Step &step : m_funnel->steps) {
        if (step.conversion) {
            result.append(
                tr("↓ %1 %2", "funnel step: rate, kind of rate")
                    .arg(PerformanceKpis::percentText(*step.conversion, 2, locale), conversionName(step.stage)));
        }
        result.append(tr("%1: %2", "funnel step: name, count").arg(stageName(step.stage), locale.toString(step.count)));
    }
    const std::optional<qint64> overall = m_funnel->overallConversion();
    result.append(overall ? tr("%1 of impressions became orders").arg(PerformanceKpis::percentText(*overall, 2, locale))
                          : tr("No impressions in these days"));
    return result;
}

int ProductFunnelWidget::barHeight() const
{
    return fontMetrics().height() * 2;
}

QSize ProductFunnelWidget::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    int width = 0;
    for (const QString &line : lines())
        width = std::max(width, metrics.horizontalAdvance(line));
    // The title, three bars with a rate between each, and the overall line.
    const int height = metrics.height() * 2 + 3 * barHeight() + 2 * metrics.height() * 3 / 2 + 2 * margin;
    return {std::min(width, 360) + 2 * margin, height};
}

QSize ProductFunnelWidget::sizeHint() const
{
    return minimumSizeHint().expandedTo({380, 0});
}

void ProductFunnelWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    const QFontMetrics metrics = fontMetrics();
    if (!m_funnel) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    int y = area.top();
    painter.drawText(QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(m_title, Qt::ElideRight, area.width()));
    y += metrics.height() * 3 / 2;

    const QColor bar = palette().color(QPalette::Highlight);
    for (qsizetype i = 0; i < m_funnel->steps.size(); ++i) {
        const ProductFunnel::Step &step = m_funnel->steps.at(i);
        if (step.conversion) {
            painter.setFont(font());
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(area.left(), y, area.width(), metrics.height() * 3 / 2), Qt::AlignCenter,
                tr("↓ %1 %2", "funnel step: rate, kind of rate")
                    .arg(PerformanceKpis::percentText(*step.conversion, 2, locale), conversionName(step.stage)));
            y += metrics.height() * 3 / 2;
        }
        const QString text
            = tr("%1: %2", "funnel step: name, count").arg(stageName(step.stage), locale.toString(step.count));
        const int textWidth = metrics.horizontalAdvance(text) + 2 * margin;
        const int width = std::min(area.width(), std::max(textWidth, area.width() * widthPercent[i % 3] / 100));
        const QRect box(area.left() + (area.width() - width) / 2, y, width, barHeight());
        QPainterPath path;
        path.addRoundedRect(box, 5, 5);
        QColor fill = bar;
        fill.setAlpha(255 - static_cast<int>(i) * 50);
        painter.fillPath(path, fill);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(box, Qt::AlignCenter, text);
        y += barHeight();
    }
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(
        QRect(area.left(), y + metrics.height() / 2, area.width(), metrics.height()), Qt::AlignCenter, lines().last());
}

} // namespace ShopDesk
