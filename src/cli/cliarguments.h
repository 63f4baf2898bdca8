#pragma once

#include <QHash>
#include <QStringList>

#include "core/result.h"

namespace ShopDesk {

/// A command's words after its name: positional arguments and `--name value` options. Only the
/// options the command declares are accepted, so a typo is a usage error rather than ignored.
class CliArguments final
{
public:
    static Result<CliArguments> parse(const QStringList &words, const QStringList &valueOptions);

    const QStringList &positional() const { return m_positional; }
    QString at(qsizetype index) const { return m_positional.value(index); }
    bool has(const QString &option) const { return m_options.contains(option); }
    QString value(const QString &option) const { return m_options.value(option); }

private:
    QStringList m_positional;
    QHash<QString, QString> m_options;
};

} // namespace ShopDesk
