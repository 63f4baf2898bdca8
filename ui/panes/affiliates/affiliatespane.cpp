#include "affiliatespane.h"

#include <QLineEdit>
#include <QShortcut>

#include "api/affiliateservice.h"
#include "dialogs/opencollaborationdialog.h"
#include "dialogs/targetcollaborationdialog.h"
#include "errorpresenter.h"
#include "models/displayformat.h"
#include "panes/affiliates/affiliateorderswidget.h"
#include "panes/affiliates/collaborationswidget.h"
#include "panes/affiliates/creatorsearchwidget.h"
#include "panes/affiliates/creatorstatswidget.h"
#include "store/outboxcommand.h"
#include "sync/affiliateordercatalog.h"
#include "sync/collaborationcatalog.h"
#include "sync/creatorcatalog.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"
#include "widgets/tableexportaction.h"

#include "ui_affiliatespane.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int initialLoadCount = 4; // creators, collaborations, orders, stats

} // namespace

AffiliatesPane::AffiliatesPane(AffiliateService &service, CacheDatabase *cache, const QString &shopId,
    ProductCatalog &catalog, ShopOutbox *outbox, const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::AffiliatesPane>())
    , m_outbox(outbox)
    , m_clock(clock)
    , m_creators(new CreatorSearchWidget(*new CreatorCatalog(service, cache, shopId, clock, this), this))
    , m_collaborations(
          new CollaborationsWidget(*new CollaborationCatalog(service, cache, shopId, clock, this), clock, this))
    // The orders tab and the creator figures each follow their own period.
    , m_orders(new AffiliateOrdersWidget(*new AffiliateOrderCatalog(service, cache, shopId, clock, this), clock, this))
    , m_stats(new CreatorStatsWidget(*new AffiliateOrderCatalog(service, cache, shopId, clock, this), clock, this))
{
    m_ui->setupUi(this);
    setObjectName(u"affiliatesPane"_s);
    m_creators->setObjectName(u"creatorSearch"_s);
    m_collaborations->setObjectName(u"collaborations"_s);
    m_orders->setObjectName(u"affiliateOrders"_s);
    m_stats->setObjectName(u"creatorStats"_s);
    m_ui->affiliateTabs->addTab(m_creators, tr("Creators"));
    m_ui->affiliateTabs->addTab(m_collaborations, tr("Collaborations"));
    m_ui->affiliateTabs->addTab(m_orders, tr("Affiliate orders"));
    m_ui->affiliateTabs->addTab(m_stats, tr("Creator stats"));
    m_ui->affiliateStatus->hide();
    connect(&catalog, &ProductCatalog::productsLoaded, this,
        [this](const QList<Product> &products, ProductCatalog::Source) { handleProductsLoaded(products); });
    if (m_outbox) {
        connect(&m_outbox->processor(), &OutboxProcessor::commandChanged, this, &AffiliatesPane::handleCommandChanged);
        connect(&m_outbox->processor(), &OutboxProcessor::appliedNote, this,
            [this](const QString &clientId, const QString &note) {
                if (m_creations.contains(clientId))
                    m_conflicts.insert(clientId, note.toInt());
            });
    }
    connectSignals();
}

AffiliatesPane::~AffiliatesPane() = default;

QString AffiliatesPane::paneId() const
{
    return u"affiliates"_s;
}

QString AffiliatesPane::title() const
{
    return tr("Affiliates");
}

QStringList AffiliatesPane::screenshotViews() const
{
    // Dialogs first: showing a tab closes them, so none is left open when screenshot mode ends.
    return {u"open-dialog"_s, u"target-dialog"_s, u"collaborations"_s, u"orders"_s, u"stats"_s};
}

QWidget *AffiliatesPane::showScreenshotView(const QString &view)
{
    for (QDialog *dialog : findChildren<QDialog *>())
        dialog->close();
    if (view == u"open-dialog") {
        openNewOpenCollaboration();
        return findChild<OpenCollaborationDialog *>();
    }
    if (view == u"target-dialog") {
        // With a few creators ticked and a product added, as a seller would have it.
        const QList<Creator> creators = m_creators->loadedCreators();
        openNewTargetCollaboration(creators.mid(0, 3));
        auto *dialog = findChild<TargetCollaborationDialog *>();
        if (dialog && !m_products.isEmpty())
            dialog->addProduct(m_products.first().id, 1250);
        return dialog;
    }
    const QStringList tabs{u"creators"_s, u"collaborations"_s, u"orders"_s, u"stats"_s};
    m_ui->affiliateTabs->setCurrentIndex(static_cast<int>(qMax<qsizetype>(0, tabs.indexOf(view))));
    return nullptr;
}

void AffiliatesPane::connectSignals()
{
    connect(m_creators, &CreatorSearchWidget::pageFinished, this, &AffiliatesPane::handleLoadFinished);
    connect(m_collaborations, &CollaborationsWidget::loadFinished, this, &AffiliatesPane::handleLoadFinished);
    connect(m_orders, &AffiliateOrdersWidget::loadFinished, this, &AffiliatesPane::handleLoadFinished);
    connect(m_stats, &CreatorStatsWidget::loadFinished, this, &AffiliatesPane::handleLoadFinished);
    connect(m_creators, &CreatorSearchWidget::inviteRequested, this, &AffiliatesPane::openNewTargetCollaboration);
    connect(m_collaborations, &CollaborationsWidget::newOpenRequested, this, &AffiliatesPane::openNewOpenCollaboration);
    connect(m_collaborations, &CollaborationsWidget::newTargetRequested, this,
        [this] { openNewTargetCollaboration(m_creators->selectedCreators()); });
    connect(m_ui->affiliateBanner, &MessageBanner::actionRequested, this, &AffiliatesPane::reload);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &AffiliatesPane::reload);
    // Ctrl+F and Ctrl+E act on the tab in front: its search field, its table.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        if (auto *field = m_ui->affiliateTabs->currentWidget()->findChild<QLineEdit *>()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        }
    });
    new TableExportAction(*this, TableExportAction::tableIn([this] { return m_ui->affiliateTabs->currentWidget(); }),
        u"shopdesk-affiliates"_s);
}

void AffiliatesPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (!m_started)
        reload();
}

void AffiliatesPane::reload()
{
    m_started = true;
    m_ui->affiliateBanner->hide();
    m_initialLoads = initialLoadCount;
    m_creators->search();
    m_collaborations->reload();
    m_orders->reload();
    m_stats->reload();
}

void AffiliatesPane::handleProductsLoaded(const QList<Product> &products)
{
    m_products = products;
    m_productTitles.clear();
    for (const Product &product : products)
        m_productTitles.insert(product.id, product.title);
    m_orders->setProductTitles(m_productTitles);
}

void AffiliatesPane::handleLoadFinished(const std::optional<ApiError> &error, qint64 savedAt)
{
    if (error) {
        ErrorPresentation presentation = ErrorPresenter::present(*error);
        if (savedAt > 0)
            presentation.text
                += u' ' + tr("Offline: showing what was saved on %1.").arg(DisplayFormat::dateTime(savedAt));
        m_ui->affiliateBanner->showError(presentation);
    }
    if (m_initialLoads > 0 && --m_initialLoads == 0 && !m_loaded) {
        m_loaded = true;
        emit loadFinished();
    }
}

void AffiliatesPane::openNewOpenCollaboration()
{
    auto *dialog = new OpenCollaborationDialog(m_products, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        submitCreation(OpenCollaborationRequest{dialog->productId(), dialog->commission()});
    });
    dialog->open();
}

void AffiliatesPane::openNewTargetCollaboration(const QList<Creator> &checked)
{
    QStringList checkedIds;
    for (const Creator &creator : checked)
        checkedIds.append(creator.openId);
    auto *dialog = new TargetCollaborationDialog(m_products, m_creators->loadedCreators(), checkedIds, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitCreation(dialog->collaboration()); });
    dialog->open();
}

void AffiliatesPane::submitCreation(const CollaborationCreation &creation)
{
    if (!m_outbox) {
        reportRefused(tr("Creating collaborations needs the local cache, which could not be opened."));
        return;
    }
    QString done;
    const Result<QString> submitted = [&] {
        if (const auto *open = std::get_if<OpenCollaborationRequest>(&creation)) {
            const QString product = m_productTitles.value(open->productId, open->productId);
            done = tr("Open collaboration for “%1” at %2 created.")
                       .arg(product, DisplayFormat::commission(open->commission));
            return m_outbox->submitOpenCollaboration(open->productId, open->commission, product);
        }
        const TargetCollaboration &target = std::get<TargetCollaboration>(creation);
        done = tr("Target collaboration “%1” created.").arg(target.name);
        return m_outbox->submitTargetCollaboration(target);
    }();
    if (!submitted) {
        reportRefused(tr("It could not be stored for sending: %1").arg(submitted.error().message));
        return;
    }
    // The answer comes later, as state changes of the command.
    m_creations.insert(submitted.value(), done);
    m_ui->affiliateStatus->setText(tr("Sending…"));
    m_ui->affiliateStatus->show();
}

void AffiliatesPane::handleCommandChanged(const OutboxCommand &command)
{
    const auto found = m_creations.constFind(command.clientId);
    if (found == m_creations.cend())
        return;
    switch (command.state) {
    case OutboxState::Done: {
        QString message = *found;
        // Conflicts come back inside a successful answer: say so rather than hide them.
        if (const int conflicts = m_conflicts.take(command.clientId); conflicts > 0)
            message += u' '
                + tr(
                    "%n creator and product pair(s) were already in another target collaboration.", nullptr, conflicts);
        m_creations.remove(command.clientId);
        m_ui->affiliateBanner->hide();
        m_ui->affiliateStatus->setText(message);
        m_ui->affiliateStatus->show();
        m_collaborations->reload();
        emit creationFinished(true, message);
        break;
    }
    case OutboxState::Failed:
    case OutboxState::NeedsReview:
    case OutboxState::Discarded:
        m_creations.remove(command.clientId);
        m_conflicts.remove(command.clientId);
        reportRefused(command.lastError);
        break;
    case OutboxState::Pending:
    case OutboxState::Sending:
        break;
    }
}

void AffiliatesPane::reportRefused(const QString &reason)
{
    m_ui->affiliateStatus->hide();
    ErrorPresentation presentation;
    presentation.title = tr("The collaboration was not created");
    presentation.text = reason.isEmpty() ? tr("See Changes → Pending changes to retry or discard it.")
                                         : reason + u' ' + tr("See Changes → Pending changes to retry or discard it.");
    m_ui->affiliateBanner->showError(presentation);
    emit creationFinished(false, presentation.text);
}

} // namespace ShopDesk
