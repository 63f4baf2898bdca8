#pragma once

#include <QDialog>

#include "domain/listingcatalog.h"
#include "domain/productdraft.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ShopDesk {

class CategoryPicker;
class ListingAttributesForm;
class ListingImagesWidget;
class ListingPublisher;
class ListingService;
class ListingSkuEditor;
class ShopOutbox;
struct ApiError;

/// "New listing": title, description, category (searchable), brand, the category's attributes,
/// pictures from disk, SKUs with options, price and stock per warehouse, package weight and size.
/// Saving as a draft or listing for sale first checks everything (ListingRules) and lists every
/// problem at once; only a listing that passes is uploaded and handed to the outbox.
class CreateListingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateListingDialog)

public:
    CreateListingDialog(ListingService &listings, ShopOutbox &outbox, QWidget *parent = nullptr);
    ~CreateListingDialog() override;

    /// Checks the listing and, when it passes, uploads its pictures and stores the create command.
    void submit(SaveMode mode);
    /// The problems the last check found, as shown.
    const QStringList &problems() const { return m_problems; }
    /// The listing as filled in so far (pictures named by file until they are uploaded).
    ProductDraft draft(SaveMode mode, QStringList &problems) const;

    /// Fills in an example listing one step short of passing its checks (no package weight), so
    /// that the check's message shows: for screenshot mode.
    void fillExample();

    CategoryPicker *categoryPicker() const { return m_category; }
    ListingImagesWidget *images() const { return m_images; }
    ListingSkuEditor *skuEditor() const { return m_skus; }
    ListingAttributesForm *attributesForm() const { return m_attributes; }

signals:
    /// The create command is stored; the outbox sends it.
    void listingSubmitted(const QString &clientId, const QString &title);

private:
    QWidget *buildForm();
    QWidget *buildPackage();
    void connectSignals();
    void handleCategory(const Category &category);
    void showProblems(const QStringList &problems);
    void setBusy(bool busy, const QString &status = {});
    void handleUploadFailed(const ApiError &error, const QString &fileName);
    void updateTitleCount();
    void continueExample();

    ListingService &m_listings;
    ListingPublisher *const m_publisher;
    const QString m_region;
    const QString m_currency;
    QList<CategoryAttribute> m_categoryAttributes;
    QStringList m_problems;
    bool m_example = false;

    QLineEdit *const m_title;
    QLabel *const m_titleCount;
    QPlainTextEdit *const m_description;
    CategoryPicker *const m_category;
    QComboBox *const m_brand;
    ListingAttributesForm *const m_attributes;
    ListingImagesWidget *const m_images;
    ListingSkuEditor *const m_skus;
    QDoubleSpinBox *const m_weight;
    QComboBox *const m_units;
    QSpinBox *const m_length;
    QSpinBox *const m_width;
    QSpinBox *const m_height;
    QLabel *const m_problemLabel;
    QLabel *const m_status;
    QDialogButtonBox *const m_buttons;
    QPushButton *const m_saveDraft;
    QPushButton *const m_list;
};

} // namespace ShopDesk
