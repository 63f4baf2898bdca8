#include "cliarguments.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

Result<CliArguments> CliArguments::parse(const QStringList &words, const QStringList &valueOptions)
{
    CliArguments arguments;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        // "--" ends the options, and a lone "-" or a negative number is a value.
        if (word == u"--") {
            arguments.m_positional += words.mid(i + 1);
            break;
        }
        if (!word.startsWith(u"--")) {
            arguments.m_positional.append(word);
            continue;
        }
        QString name = word.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (!valueOptions.contains(name))
            return Error{u"unknown option --%1"_s.arg(name), {}};
        if (!inlineValue) {
            if (i + 1 >= words.size())
                return Error{u"--%1 needs a value"_s.arg(name), {}};
            value = words.at(++i);
        }
        arguments.m_options.insert(name, value);
    }
    return arguments;
}

} // namespace ShopDesk
