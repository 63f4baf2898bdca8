#include "settingsdialog.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QPushButton>

#include "ui_settingsdialog.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

SettingsDialog::SettingsDialog(const Preferences &current, const QString &defaultDataFolder, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    setUpRanges();

    m_ui->settingsLanguage->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so that a seller who cannot read the current one finds theirs.
    m_ui->settingsLanguage->addItem(u"English"_s, u"en"_s);
    m_ui->settingsLanguage->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_ui->settingsTheme->addItem(tr("Follow the system"), int(Theme::System));
    m_ui->settingsTheme->addItem(tr("Light"), int(Theme::Light));
    m_ui->settingsTheme->addItem(tr("Dark"), int(Theme::Dark));

    m_ui->settingsLanguage->setCurrentIndex(qMax(0, m_ui->settingsLanguage->findData(current.language)));
    m_ui->settingsTheme->setCurrentIndex(qMax(0, m_ui->settingsTheme->findData(int(current.theme))));
    m_ui->settingsSyncInterval->setValue(current.syncIntervalMinutes);
    m_ui->settingsStuckDays->setValue(current.stuckShipmentDays);
    m_ui->settingsLowStock->setValue(current.lowStockThreshold);
    m_ui->settingsWebhookListener->setChecked(current.webhookListener);
    m_ui->settingsWebhookPort->setValue(current.webhookPort);
    m_ui->settingsWebhookPort->setEnabled(current.webhookListener);
    m_ui->settingsDataFolder->setText(current.dataFolder);
    m_ui->settingsDataFolder->setPlaceholderText(defaultDataFolder);

    connect(m_ui->settingsWebhookListener, &QCheckBox::toggled, m_ui->settingsWebhookPort, &QWidget::setEnabled);
    connect(m_ui->settingsDataFolderBrowse, &QPushButton::clicked, this, &SettingsDialog::handleBrowse);
    connect(m_ui->settingsButtons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setUpRanges()
{
    m_ui->settingsSyncInterval->setRange(ShopProfile::minSyncIntervalMinutes, ShopProfile::maxSyncIntervalMinutes);
    m_ui->settingsSyncInterval->setSuffix(tr(" min", "minutes, after a number"));
    m_ui->settingsStuckDays->setRange(ShopProfile::minStuckShipmentDays, ShopProfile::maxStuckShipmentDays);
    m_ui->settingsStuckDays->setSuffix(tr(" days", "after a number"));
    m_ui->settingsLowStock->setRange(0, ShopProfile::maxLowStockThreshold);
    m_ui->settingsLowStock->setSuffix(tr(" units", "of stock, after a number"));
    m_ui->settingsWebhookPort->setRange(ShopProfile::minWebhookPort, 65535);
    m_ui->settingsWebhookPort->setGroupSeparatorShown(false);
}

Preferences SettingsDialog::preferences() const
{
    Preferences preferences;
    preferences.language = m_ui->settingsLanguage->currentData().toString();
    preferences.theme = static_cast<Theme>(m_ui->settingsTheme->currentData().toInt());
    preferences.syncIntervalMinutes = m_ui->settingsSyncInterval->value();
    preferences.stuckShipmentDays = m_ui->settingsStuckDays->value();
    preferences.lowStockThreshold = m_ui->settingsLowStock->value();
    preferences.webhookListener = m_ui->settingsWebhookListener->isChecked();
    preferences.webhookPort = quint16(m_ui->settingsWebhookPort->value());
    preferences.dataFolder = m_ui->settingsDataFolder->text().trimmed();
    return ShopProfile::clamped(preferences);
}

void SettingsDialog::handleBrowse()
{
    const QString start = m_ui->settingsDataFolder->text().isEmpty() ? m_ui->settingsDataFolder->placeholderText()
                                                                     : m_ui->settingsDataFolder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"), start);
    if (!folder.isEmpty())
        m_ui->settingsDataFolder->setText(folder);
}

} // namespace ShopDesk
