#pragma once

#include "panes/pane.h"

namespace ShopDesk {

/// A pane that is not built yet. It says so plainly and tells what it will hold, rather than
/// showing an empty table that looks broken.
class PlaceholderPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPane)

public:
    PlaceholderPane(
        const QString &paneId, const QString &title, const QString &plannedContent, QWidget *parent = nullptr);

    QString paneId() const override { return m_paneId; }
    QString title() const override { return m_title; }
    bool isLoaded() const override { return true; }

private:
    QString m_paneId;
    QString m_title;
};

} // namespace ShopDesk
