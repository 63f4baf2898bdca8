#pragma once

#include <QDialog>
#include <QList>

#include "sync/shopsattention.h"

class QLabel;
class QTableView;

namespace ShopDesk {

class Clock;
class ShopsAttentionModel;

/// View > All shops: the orders needing action in every connected shop and the demo shop, read
/// from each shop's cache, most urgent first. Opening a row switches the window to its shop.
class AllShopsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllShopsDialog)

public:
    AllShopsDialog(QList<ShopCache> shops, const Clock &clock, QWidget *parent = nullptr);

    /// Reads every shop's cache again, on a worker thread; loaded() follows.
    void reload();
    bool isLoaded() const { return m_loaded; }
    const ShopsAttentionModel &model() const { return *m_model; }
    /// One line per shop: how many orders need action, and how fresh its cache is.
    QString summary() const;

signals:
    /// The seller opened an order of this shop (empty: the demo shop).
    void shopRequested(const QString &shopId);
    void loaded();

private:
    void openCurrent();
    void showReads(const QList<Result<ShopAttention>> &reads, qint64 now);

    const QList<ShopCache> m_shops;
    const Clock &m_clock;
    ShopsAttentionModel *const m_model;
    QTableView *const m_table;
    QLabel *const m_summary;
    QStringList m_lines;
    bool m_loaded = false;
    /// Bumped by every reload, so that an older read finishing late is dropped.
    quint64 m_generation = 0;
};

} // namespace ShopDesk
