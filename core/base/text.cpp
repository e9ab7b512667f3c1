#include "core/base/text.h"

namespace advisor {
namespace {

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes)
        return text;
    std::size_t cut = maxBytes;
    while (cut > 0 && isContinuationByte(text[cut]))
        --cut;
    return text.substr(0, cut);
}

std::string ellipsized(std::string_view text, std::size_t maxBytes) {
    const std::string_view kept = utf8Prefix(text, maxBytes);
    std::string out(kept);
    if (kept.size() < text.size())
        out += "\u2026";
    return out;
}

std::string withoutControls(std::string text) {
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    return text;
}

std::size_t characterCount(std::string_view utf8) {
    std::size_t count = 0;
    for (const char c : utf8)
        count += isContinuationByte(c) ? 0 : 1;
    return count;
}

std::string padded(std::string text, std::size_t width, Align align) {
    const std::size_t count = characterCount(text);
    if (count >= width)
        return text;
    const std::string pad(width - count, ' ');
    return align == Align::Right ? pad + text : text + pad;
}

} // namespace advisor
