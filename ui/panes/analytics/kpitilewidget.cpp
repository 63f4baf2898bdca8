#include "kpitilewidget.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

KpiTileWidget::KpiTileWidget(const QString &title, const QString &explanation, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(u"—"_s, this))
    , m_change(new QLabel(u"—"_s, this))
{
    setFrameShape(QFrame::StyledPanel);
    setToolTip(explanation);
    setStyleSheet(u"ShopDesk--KpiTileWidget { border: 1px solid palette(mid); border-radius: 6px; "
                  "background: palette(base); }"_s);
    m_title->setObjectName(u"kpiTitle"_s);
    m_value->setObjectName(u"kpiValue"_s);
    m_change->setObjectName(u"kpiChange"_s);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.45);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    // Tiles may be narrow: the figure and its change never wrap, the title may.
    m_title->setWordWrap(true);
    for (QLabel *label : {m_title, m_value, m_change})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void KpiTileWidget::setKpi(const Kpi &kpi)
{
    m_kpi = kpi;
    const QLocale locale;
    m_value->setText(PerformanceKpis::valueText(kpi, locale));
    m_change->setText(PerformanceKpis::changeText(kpi, locale));
    Kpi previous = kpi;
    previous.value = kpi.previous;
    m_change->setToolTip(kpi.previous ? tr("Previous period: %1").arg(PerformanceKpis::valueText(previous, locale))
                                      : tr("No figures for the previous period"));
    updateChangeColour();
}

QString KpiTileWidget::valueText() const
{
    return m_value->text();
}

QString KpiTileWidget::changeText() const
{
    return m_change->text();
}

void KpiTileWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChangeColour();
}

void KpiTileWidget::updateChangeColour()
{
    // Darker shades on light backgrounds and lighter ones on dark, so both keep their contrast.
    const bool dark = isDark(palette());
    QColor colour = palette().color(QPalette::PlaceholderText);
    const Kpi::Trend trend = m_kpi.trend();
    if (trend == Kpi::Trend::Up || trend == Kpi::Trend::Down) {
        if (m_kpi.isImprovement())
            colour = dark ? QColor(0x6f, 0xd2, 0x8a) : QColor(0x1b, 0x7f, 0x3b);
        else
            colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    }
    m_changeColour = colour;
    m_change->setStyleSheet(u"color: %1;"_s.arg(colour.name()));
}

} // namespace ShopDesk
