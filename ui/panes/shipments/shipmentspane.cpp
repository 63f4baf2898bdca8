#include "shipmentspane.h"

#include <QLineEdit>
#include <QShortcut>

#include "aftersaleswidget.h"
#include "packageswidget.h"
#include "tableexport.h"

#include "ui_shipmentspane.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ShipmentsPane::ShipmentsPane(const Services &services, const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::ShipmentsPane>())
    , m_packages(new PackagesWidget(services.packages, services.tracking, clock, this))
    , m_aftersales(new AftersalesWidget(services.aftersales, services.returns, services.outbox, this))
{
    m_ui->setupUi(this);
    setObjectName(u"shipmentsPane"_s);
    m_packages->setObjectName(u"packagesWidget"_s);
    m_aftersales->setObjectName(u"aftersalesWidget"_s);
    m_ui->shipmentTabs->addTab(m_packages, tr("Packages"));
    m_ui->shipmentTabs->addTab(m_aftersales, tr("Returns and cancellations"));
    connect(m_packages, &PackagesWidget::loadFinished, this, &ShipmentsPane::handlePartLoaded);
    connect(m_aftersales, &AftersalesWidget::loadFinished, this, &ShipmentsPane::handlePartLoaded);

    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &ShipmentsPane::exportInteractively);
    connect(m_packages, &PackagesWidget::exportRequested, this, &ShipmentsPane::exportInteractively);
    connect(m_aftersales, &AftersalesWidget::exportRequested, this, &ShipmentsPane::exportInteractively);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &ShipmentsPane::reload);
    // Ctrl+F goes to the search field of the tab in front.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        QWidget *tab = m_ui->shipmentTabs->currentWidget();
        auto *search = tab ? tab->findChild<QLineEdit *>(tab == m_packages ? u"packageSearch"_s : u"aftersaleSearch"_s)
                           : nullptr;
        if (search) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
}

ShipmentsPane::~ShipmentsPane() = default;

QString ShipmentsPane::paneId() const
{
    return u"shipments"_s;
}

QString ShipmentsPane::title() const
{
    return tr("Shipments");
}

bool ShipmentsPane::isLoaded() const
{
    return m_packages->isLoaded() && m_aftersales->isLoaded();
}

void ShipmentsPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (!m_started)
        reload();
}

void ShipmentsPane::reload()
{
    m_started = true;
    m_packages->reload();
    m_aftersales->reload();
}

void ShipmentsPane::handlePartLoaded()
{
    if (isLoaded() && !m_announced) {
        m_announced = true;
        emit loadFinished();
    }
}

void ShipmentsPane::showReturns()
{
    m_ui->shipmentTabs->setCurrentWidget(m_aftersales);
}

QStringList ShipmentsPane::screenshotViews() const
{
    return {u"returns"_s};
}

QWidget *ShipmentsPane::showScreenshotView(const QString &view)
{
    if (view == u"returns") {
        // Every request, so that the picture shows each status and kind.
        m_aftersales->setView(AftersaleFilter::View::All);
        showReturns();
    }
    return nullptr;
}

std::optional<QString> ShipmentsPane::exportCurrentView(const QString &path) const
{
    if (m_ui->shipmentTabs->currentWidget() == m_aftersales)
        return TableExport::save(m_aftersales->view(), path);
    return TableExport::save(m_packages->view(), path);
}

void ShipmentsPane::exportInteractively()
{
    const bool returns = m_ui->shipmentTabs->currentWidget() == m_aftersales;
    TableExport::saveInteractively(
        returns ? m_aftersales->view() : m_packages->view(), returns ? u"returns"_s : u"packages"_s, this);
}

} // namespace ShopDesk
