#include "livepane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

#include "api/analyticsservice.h"
#include "core/clock.h"
#include "errorpresenter.h"
#include "models/displayformat.h"
#include "models/livesessiontablemodel.h"
#include "panes/live/livesessiondetail.h"
#include "sync/livesessioncatalog.h"
#include "widgets/periodselector.h"
#include "widgets/tableexportaction.h"

#include "ui_livepane.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

namespace {

// Reference section 5.6: the LIVE list looks back about 180 days; one day less leaves room for the
// shop's time zone being behind the user's.
constexpr int lookbackDays = 179;

} // namespace

LivePane::LivePane(AnalyticsService &service, LiveSessionCatalog &sessions, ProductCatalog &catalog, const Clock &clock,
    QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::LivePane>())
    , m_sessions(sessions)
    , m_clock(clock)
    , m_model(new LiveSessionTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_period(new PeriodSelector(clock, this))
    , m_detail(new LiveSessionDetail(service, this))
    , m_ticker(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"livePane"_s);
    m_period->setObjectName(u"livePeriod"_s);
    m_period->setEarliestStart(clock.now().toLocalTime().date().addDays(-lookbackDays));
    m_period->setChoice(PeriodSelector::Choice::Last7Days);
    auto *holder = new QHBoxLayout(m_ui->periodHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_period);
    m_detail->setObjectName(u"liveDetail"_s);
    m_ui->liveSplitter->addWidget(m_detail);
    m_ui->liveSplitter->setStretchFactor(0, 1);
    m_ui->liveSplitter->setStretchFactor(1, 0);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(LiveSessionTableModel::SortRole);
    QTableView *table = m_ui->liveTable;
    table->setModel(m_sorted);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LiveSessionTableModel::TitleColumn, QHeaderView::Stretch);
    table->sortByColumn(LiveSessionTableModel::StartColumn, Qt::DescendingOrder);
    connect(&catalog, &ProductCatalog::productsLoaded, this,
        [this](const QList<Product> &products, ProductCatalog::Source) {
            QHash<QString, QString> titles;
            for (const Product &product : products)
                titles.insert(product.id, product.title);
            m_detail->setProductTitles(titles);
        });
    connectSignals();
    // The duration of a session on air grows by the minute.
    m_ticker->start(30s);
}

LivePane::~LivePane() = default;

QString LivePane::paneId() const
{
    return u"live"_s;
}

QString LivePane::title() const
{
    return tr("LIVE", "TikTok LIVE sessions");
}

void LivePane::connectSignals()
{
    connect(m_period, &PeriodSelector::periodChanged, this, &LivePane::reload);
    connect(m_ui->liveReload, &QPushButton::clicked, this, &LivePane::reload);
    connect(m_ui->liveBanner, &MessageBanner::actionRequested, this, &LivePane::reload);
    connect(m_ui->liveTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LivePane::handleSelectionChanged);
    connect(m_ticker, &QTimer::timeout, this, [this] { m_model->setNow(m_clock.nowSecs()); });
    connect(&m_sessions, &LiveSessionCatalog::sessionsLoaded, this,
        [this](const DateRange &days, const QList<LiveSession> &sessions, CacheFirstCatalog::Source source) {
            if (days == m_days)
                handleLoaded(sessions, source == CacheFirstCatalog::Source::Server);
        });
    connect(&m_sessions, &LiveSessionCatalog::loadFailed, this, &LivePane::handleFailed);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &LivePane::reload);
    new TableExportAction(
        *this, [this] { return m_ui->liveTable; }, u"shopdesk-live"_s);
}

void LivePane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (!m_started)
        reload();
}

void LivePane::reload()
{
    m_started = true;
    m_ui->liveBanner->hide();
    m_ui->liveReload->setEnabled(false);
    m_ui->liveCount->setText(tr("Loading…"));
    m_days = {m_period->start(), m_period->end()};
    m_showsCached = false;
    m_sessions.load(m_days);
}

void LivePane::handleFailed(const ApiError &error, qint64 lastSyncedAt)
{
    m_ui->liveReload->setEnabled(true);
    ErrorPresentation presentation = ErrorPresenter::present(error);
    if (m_showsCached && lastSyncedAt > 0) {
        presentation.text
            += u' ' + tr("Offline: showing the sessions saved on %1.").arg(DisplayFormat::dateTime(lastSyncedAt));
    }
    m_ui->liveBanner->showError(presentation);
    updateCount();
    if (!m_loaded) {
        m_loaded = true;
        emit loadFinished();
    }
}

void LivePane::handleLoaded(const QList<LiveSession> &sessions, bool fromServer)
{
    m_showsCached = !fromServer;
    const QString selected = m_ui->liveTable->currentIndex().isValid()
        ? m_ui->liveTable->currentIndex().data(LiveSessionTableModel::IdRole).toString()
        : QString();
    m_model->setNow(m_clock.nowSecs());
    m_model->setRecords(sessions);
    // Keep the session that was selected; else show the newest.
    int row = 0;
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        if (m_sorted->index(r, 0).data(LiveSessionTableModel::IdRole).toString() == selected)
            row = r;
    }
    if (m_sorted->rowCount() > 0)
        m_ui->liveTable->selectRow(row);
    else
        m_detail->setSession(std::nullopt);
    if (!fromServer) {
        m_ui->liveCount->setText(tr("Loading…"));
        return;
    }
    m_ui->liveReload->setEnabled(true);
    updateCount();
    if (!m_loaded) {
        m_loaded = true;
        emit loadFinished();
    }
}

void LivePane::handleSelectionChanged()
{
    const QModelIndexList rows = m_ui->liveTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->setSession(std::nullopt);
        return;
    }
    m_detail->setSession(m_model->recordAt(m_sorted->mapToSource(rows.first()).row()));
}

void LivePane::handleLiveEnded(const LiveSession & /*session*/)
{
    reload();
}

void LivePane::updateCount()
{
    int onAir = 0;
    for (const LiveSession &session : m_model->records())
        onAir += session.isOnAir() ? 1 : 0;
    const QString sessions = tr("%n session(s)", nullptr, m_model->rowCount());
    m_ui->liveCount->setText(onAir > 0 ? tr("%1, %2 on air").arg(sessions).arg(onAir) : sessions);
}

} // namespace ShopDesk
