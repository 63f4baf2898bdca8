#include "csvreader.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ShopDesk {

int CsvTable::column(std::initializer_list<QStringView> names) const
{
    for (int i = 0; i < header.size(); ++i) {
        for (QStringView name : names) {
            if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

Result<CsvTable> CsvReader::parse(QByteArrayView data)
{
    if (data.size() > maximumBytes)
        return Error{u"the file is larger than %1 MB; split it into smaller files"_s.arg(maximumBytes / (1024 * 1024)),
            u"line 1"_s};
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error{u"the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again"_s, u"line 1"_s};

    CsvTable table;
    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote has been read
    const auto endRow = [&] {
        row.append(field);
        field.clear();
        wasQuoted = false;
        // Blank lines (a trailing newline, spacing between blocks) carry no row.
        if (!(row.size() == 1 && row.first().isEmpty())) {
            if (table.header.isEmpty()) {
                table.header = row;
            } else {
                table.rows.append(row);
                table.lines.append(rowLine);
            }
        }
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return Error{u"a quote inside a field that does not start with one; put the whole field in quotes "
                             "and double the quote"_s,
                    u"line %1"_s.arg(line)};
            quoted = true;
        } else {
            if (wasQuoted)
                return Error{u"text after the closing quote of a field"_s, u"line %1"_s.arg(line)};
            field.append(c);
        }
    }
    if (quoted)
        return Error{u"a quoted field is never closed"_s, u"line %1"_s.arg(rowLine)};
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    if (table.header.isEmpty())
        return Error{u"the file is empty"_s, u"line 1"_s};
    return table;
}

} // namespace ShopDesk
