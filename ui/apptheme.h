#pragma once

#include <QPalette>
#include <QString>

#include "security/shopprofile.h"

class QApplication;

namespace ShopDesk {

/// Light, dark or the desktop's own look, switchable while ShopDesk runs. Light and dark use the
/// Fusion style, which draws every widget from the palette, so the dark palette reaches everything;
/// "system" brings back the style and palette the desktop gave at start.
class AppTheme final
{
public:
    /// Remembers the desktop's style and palette; create it before the first apply().
    explicit AppTheme(const QApplication &app);

    void apply(Theme theme);
    Theme current() const { return m_current; }

    static QPalette darkPalette();
    static QPalette lightPalette();
    static bool isDark(const QPalette &palette);

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    Theme m_current = Theme::System;
};

} // namespace ShopDesk
