#pragma once

#include <QPointer>
#include <memory>

#include "api/apireply.h"
#include "domain/product.h"
#include "panes/pane.h"

namespace Ui {
class ProductsPane;
}

namespace ShopDesk {

class ProductFilterModel;
class ProductService;
class ProductTableModel;

/// The Products tab: every listing of the shop in a sortable, filterable table.
class ProductsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPane)

public:
    explicit ProductsPane(ProductService &service, QWidget *parent = nullptr);
    ~ProductsPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;

private:
    void connectSignals();
    void populateStatusFilter();
    void handleLoaded(Reply<QList<Product>> *reply);
    void handleFilterChanged();
    void updateCount();

    const std::unique_ptr<Ui::ProductsPane> m_ui;
    ProductService &m_service;
    ProductTableModel *const m_model;
    ProductFilterModel *const m_filterModel;
    QPointer<Reply<QList<Product>>> m_pending;
    bool m_loaded = false;
};

} // namespace ShopDesk
