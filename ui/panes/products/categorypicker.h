#pragma once

#include <optional>

#include <QWidget>

#include "domain/listingcatalog.h"

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ShopDesk {

class ListingService;

/// Picks the category of a new listing from the shop's category tree: type to narrow the tree down
/// (names match anywhere, parents stay so that every match keeps its path), then choose a last-level
/// category — products can only go there (reference section 5.1).
class CategoryPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryPicker)

public:
    explicit CategoryPicker(ListingService &listings, QWidget *parent = nullptr);

    bool isLoaded() const { return !m_categories.isEmpty(); }
    const std::optional<Category> &chosen() const { return m_chosen; }
    /// Chooses a category by id, as clicking it would; false when the tree has no such category.
    bool choose(const QString &id);
    void setFilterText(const QString &text);
    /// Categories shown by the current filter.
    int visibleCount() const;

signals:
    void loaded();
    void categoryChosen(const ShopDesk::Category &category);

private:
    void handleLoaded(const QList<Category> &categories);
    void applyFilter(const QString &text);
    void handleItemChosen(QTreeWidgetItem *item);
    QString pathOf(const Category &category) const;

    QLineEdit *const m_search;
    QTreeWidget *const m_tree;
    QLabel *const m_chosenLabel;
    QList<Category> m_categories;
    std::optional<Category> m_chosen;
};

} // namespace ShopDesk
