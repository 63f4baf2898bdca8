#pragma once

#include <optional>

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/performance.h"

class QFormLayout;
class QLabel;
class QTableWidget;

namespace ShopDesk {

class AnalyticsService;

/// One LIVE session in full: its sales and interaction figures, and products. The API has no
/// per-LIVE product figures that are confirmed (reference section 5.6), so the products shown are
/// the shop's best sellers over the session's days, and the panel says so.
class LiveSessionDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSessionDetail)

public:
    static constexpr int productCount = 5;

    explicit LiveSessionDetail(AnalyticsService &service, QWidget *parent = nullptr);

    void setSession(const std::optional<LiveSession> &session);
    void setProductTitles(const QHash<QString, QString> &titles) { m_productTitles = titles; }
    /// The text of the figure named `key` ("gmv", "pcu", …), for tests.
    QString figure(const QString &key) const;

private:
    void addFigure(QFormLayout *form, const QString &key, const QString &label);
    void setFigure(const QString &key, const QString &text);
    void loadProducts(const LiveSession &session);
    void handleProducts(Reply<QList<ProductPerformance>> *reply);

    AnalyticsService &m_service;
    QLabel *const m_title;
    QLabel *const m_subtitle;
    QLabel *const m_productNote;
    QTableWidget *const m_products;
    QHash<QString, QLabel *> m_figures;
    QHash<QString, QString> m_productTitles;
    QPointer<Reply<QList<ProductPerformance>>> m_pending;
};

} // namespace ShopDesk
