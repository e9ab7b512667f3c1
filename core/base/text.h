// UTF-8 text a person reads on one line: cut without splitting a character, control characters
// made harmless, padded to a width in characters. Every module that shortens, cleans or aligns
// such text does it here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace advisor {

// The longest prefix of `text` of at most `maxBytes` bytes that ends on a character boundary.
std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes);

// `text` cut to at most `maxBytes` bytes on a character boundary, and "…" appended when it was
// cut (the ellipsis is not counted in `maxBytes`).
std::string ellipsized(std::string_view text, std::size_t maxBytes);

// Control characters (below U+0020, and DEL) become spaces, so the text stays one line and
// cannot drive a terminal (escape sequences, backspace) when it comes from a crafted file.
std::string withoutControls(std::string text);

// Characters, not bytes: what a terminal column counts for the text this app prints.
std::size_t characterCount(std::string_view utf8);

enum class Align { Left, Right };
// `text` with spaces added up to `width` characters; longer text is left as it is.
std::string padded(std::string text, std::size_t width, Align align = Align::Left);

} // namespace advisor
