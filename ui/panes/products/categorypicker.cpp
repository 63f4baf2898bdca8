#include "categorypicker.h"

#include <functional>

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include "api/listingservice.h"
#include "errorpresenter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int categoryRole = Qt::UserRole;

} // namespace

CategoryPicker::CategoryPicker(ListingService &listings, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_chosenLabel(new QLabel(this))
{
    setObjectName(u"categoryPicker"_s);
    m_search->setObjectName(u"listingCategorySearch"_s);
    m_search->setPlaceholderText(tr("Search categories"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(u"listingCategoryTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_chosenLabel->setObjectName(u"listingCategoryChosen"_s);
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->setText(tr("Loading categories…"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_chosenLabel);

    connect(m_search, &QLineEdit::textChanged, this, &CategoryPicker::applyFilter);
    connect(m_tree, &QTreeWidget::itemClicked, this, &CategoryPicker::handleItemChosen);
    connect(m_tree, &QTreeWidget::itemActivated, this, &CategoryPicker::handleItemChosen);
    Reply<QList<Category>> *reply = listings.categories();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError()) {
            m_chosenLabel->setText(ErrorPresenter::present(*reply->error()).title);
            return;
        }
        handleLoaded(reply->value());
    });
}

void CategoryPicker::handleLoaded(const QList<Category> &categories)
{
    m_categories = categories;
    QHash<QString, QTreeWidgetItem *> items;
    // Parents come before their children in the tree's answer; any that do not are put at the top.
    for (const Category &category : categories) {
        QTreeWidgetItem *parent = items.value(category.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, category.name);
        item->setData(0, categoryRole, category.id);
        if (!category.isLeaf) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
        items.insert(category.id, item);
    }
    m_chosenLabel->setText(tr("Choose a category of the last level."));
    applyFilter(m_search->text());
    emit loaded();
}

void CategoryPicker::setFilterText(const QString &text)
{
    m_search->setText(text);
}

void CategoryPicker::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    // Depth first: an item stays when it or one of its descendants matches.
    std::function<bool(QTreeWidgetItem *, bool)> visit = [&](QTreeWidgetItem *item, bool ancestorMatches) {
        const bool matches = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive);
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = visit(item->child(i), ancestorMatches || matches) || anyChild;
        const bool shown = matches || anyChild || ancestorMatches;
        item->setHidden(!shown);
        item->setExpanded(!needle.isEmpty() && anyChild);
        return matches || anyChild;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        visit(m_tree->topLevelItem(i), false);
}

int CategoryPicker::visibleCount() const
{
    int count = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->isHidden())
            ++count;
    }
    return count;
}

bool CategoryPicker::choose(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, categoryRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            handleItemChosen(*it);
            return true;
        }
    }
    return false;
}

void CategoryPicker::handleItemChosen(QTreeWidgetItem *item)
{
    const QString id = item->data(0, categoryRole).toString();
    const auto found = std::find_if(
        m_categories.cbegin(), m_categories.cend(), [&id](const Category &category) { return category.id == id; });
    if (found == m_categories.cend())
        return;
    if (!found->isLeaf) {
        item->setExpanded(true);
        m_chosenLabel->setText(tr("“%1” has subcategories: choose one of them.").arg(found->name));
        return;
    }
    m_chosen = *found;
    m_chosenLabel->setText(tr("Category: %1").arg(pathOf(*found)));
    emit categoryChosen(*found);
}

QString CategoryPicker::pathOf(const Category &category) const
{
    QStringList names{category.name};
    QString parentId = category.parentId;
    while (!parentId.isEmpty() && parentId != u"0") {
        const auto parent = std::find_if(m_categories.cbegin(), m_categories.cend(),
            [&parentId](const Category &candidate) { return candidate.id == parentId; });
        if (parent == m_categories.cend())
            break;
        names.prepend(parent->name);
        parentId = parent->parentId;
    }
    return names.join(u" › "_s);
}

} // namespace ShopDesk
