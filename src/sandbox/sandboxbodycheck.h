#pragma once

#include <optional>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// What the gateway checks of a request body before anything reads it (reference section 6.1):
/// its size (36009021, HTTP 413) and, on the business routes, its content type (JSON or
/// multipart/form-data, else 36009022, HTTP 415).
class SandboxBodyCheck final
{
public:
    /// The reference documents no limit for JSON bodies; this is far above the largest real one
    /// (a product create with 100 SKUs is well under 1 MiB).
    static constexpr qsizetype maxJsonBodyBytes = 4 * 1024 * 1024;
    /// Uploads carry a file of at most 10 MB (reference section 5.1) plus the form around it.
    static constexpr qsizetype maxMultipartBodyBytes = 11 * 1024 * 1024;

    /// The refusal of a body that is too large for its content type; checks nothing else.
    static std::optional<SandboxResponse> checkSize(const SandboxRequest &request);
    /// The refusal of a body a business route cannot read: neither JSON nor multipart.
    static std::optional<SandboxResponse> checkContentType(const SandboxRequest &request);

    static bool isMultipart(const SandboxRequest &request);
};

} // namespace ShopDesk
