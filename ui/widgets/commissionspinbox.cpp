#include "commissionspinbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int stepHundredths = 50; // arrow keys move by half a percent
constexpr CommissionRate defaultRate = 1000;

} // namespace

CommissionSpinBox::CommissionSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(static_cast<int>(minCommissionRate), static_cast<int>(maxCommissionRate));
    setSingleStep(stepHundredths);
    setSuffix(u" %"_s);
    setValue(static_cast<int>(defaultRate));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccelerated(true);
}

QString CommissionSpinBox::textFromValue(int value) const
{
    return commissionPercentText(value, locale());
}

int CommissionSpinBox::valueFromText(const QString &text) const
{
    const Result<CommissionRate> rate = parseCommissionPercent(withoutSuffix(text), locale().decimalPoint().at(0));
    return rate ? static_cast<int>(rate.value()) : value();
}

QValidator::State CommissionSpinBox::validate(QString &input, int & /*pos*/) const
{
    const QString text = withoutSuffix(input).trimmed();
    const QChar point = locale().decimalPoint().at(0);
    if (text.isEmpty() || text.endsWith(point))
        return QValidator::Intermediate;
    const Result<CommissionRate> rate = parseCommissionPercent(text, point);
    if (!rate)
        return QValidator::Invalid;
    // Below the minimum may still be on its way to a valid rate ("1" before "15").
    if (rate.value() > maximum())
        return QValidator::Invalid;
    return rate.value() < minimum() ? QValidator::Intermediate : QValidator::Acceptable;
}

QString CommissionSpinBox::withoutSuffix(const QString &text) const
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(u'%'))
        trimmed.chop(1);
    return trimmed;
}

} // namespace ShopDesk
