#pragma once

#include <optional>

#include <QWidget>

#include "models/productfunnel.h"

namespace ShopDesk {

/// One product's way from impression to order as a funnel: each step's count and the share of the
/// step before that reached it, then the conversion of impressions into orders.
class ProductFunnelWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductFunnelWidget)

public:
    explicit ProductFunnelWidget(QWidget *parent = nullptr);

    void setFunnel(const ProductFunnel &funnel, const QString &productTitle);
    /// Shows `message` (loading, failure, nothing selected) instead of a funnel.
    void showMessage(const QString &message);
    const std::optional<ProductFunnel> &funnel() const { return m_funnel; }
    QString productTitle() const { return m_title; }
    /// What the funnel says in words, line by line (also its accessible description).
    QStringList lines() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static QString stageName(ProductFunnel::Stage stage);
    static QString conversionName(ProductFunnel::Stage stage);
    int barHeight() const;

    std::optional<ProductFunnel> m_funnel;
    QString m_title;
    QString m_message;
};

} // namespace ShopDesk
