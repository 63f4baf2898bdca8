#pragma once

#include <QFrame>

#include "models/performancekpis.h"

class QLabel;

namespace ShopDesk {

/// One KPI tile: what it measures, the figure, and its change against the previous period as an
/// arrow and a percentage, green for good news and red for bad in light and dark palettes alike.
class KpiTileWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTileWidget)

public:
    KpiTileWidget(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    void setKpi(const Kpi &kpi);
    const Kpi &kpi() const { return m_kpi; }
    QString valueText() const;
    QString changeText() const;
    /// The colour the change is written in.
    QColor changeColour() const { return m_changeColour; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChangeColour();

    QLabel *const m_title;
    QLabel *const m_value;
    QLabel *const m_change;
    Kpi m_kpi;
    QColor m_changeColour;
};

} // namespace ShopDesk
