#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace ShopDesk {

/// A failure of synchronous work (decoding, parsing, migrations): what went wrong and, for decoding,
/// where — a JSON field path such as `products[3].skus[0].price.sale_price`.
struct Error
{
    QString message;
    QString path;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/// Value-or-error for synchronous fallible code. `std::expected` cannot be used: clang 14 rejects it
/// against libstdc++ 12 (STYLE.md section 5).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    /// By value, so that `for (x : f().value())` does not walk a list that died with its Result.
    T value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace ShopDesk
