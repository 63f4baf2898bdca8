#pragma once

#include <QSpinBox>

#include "domain/commissionrate.h"

namespace ShopDesk {

/// A commission rate typed as a percentage with two decimals ("12.5" or "12.50") and held as an
/// integer in hundredths of a percent (1250), which is what the affiliate API takes: no double on
/// the way, so 12.5 % is always exactly 1250.
class CommissionSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionSpinBox)

public:
    explicit CommissionSpinBox(QWidget *parent = nullptr);

    CommissionRate rate() const { return value(); }
    void setRate(CommissionRate rate) { setValue(static_cast<int>(rate)); }

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;

private:
    QString withoutSuffix(const QString &text) const;
};

} // namespace ShopDesk
