#pragma once

#include <memory>

#include <QDialog>

#include "security/shopprofile.h"

namespace Ui {
class SettingsDialog;
}

namespace ShopDesk {

/// Edits the seller's Preferences. The dialog only collects values; whoever opened it stores them
/// in ShopProfile and applies what can change at once (theme, language).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `defaultDataFolder` is shown while the data folder is left empty.
    SettingsDialog(const Preferences &current, const QString &defaultDataFolder, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Preferences preferences() const;

private:
    void setUpRanges();
    void handleBrowse();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace ShopDesk
