#include "core/kb/knowledge_base_fields.h"

#include <algorithm>

namespace advisor::kb_fields {
namespace {

constexpr std::size_t kMinQuoteBytes = 20;

// Hand-written checks rather than std::regex: the built-in knowledge base is parsed on every
// start, and regex matching was a measurable share of start-up.
bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isValidId(const std::string& id) {
    if (id.empty() || id.size() > 64 || !isLower(id[0]))
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return isLower(c) || isDigit(c) || c == '_'; });
}

} // namespace

bool isColor(const std::string& s) { // #rrggbb
    return s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), isHex);
}

bool isIsoDate(const std::string& s) { // YYYY-MM-DD
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(s[i]))
            return false;
    return true;
}

std::string idOf(const JsonCursor& cursor) {
    const auto id = cursor.string();
    if (!isValidId(id))
        cursor.fail(
            "expected an id of lower-case letters, digits and '_' starting with a letter, got " +
            describeValue(cursor.json()));
    return id;
}

FigureValue figureValue(const JsonCursor& value) {
    if (!value.json().is_array())
        return {value.numberIn(0.0, 1e12), value.numberIn(0.0, 1e12)};
    const auto bounds = value.items();
    if (bounds.size() != 2)
        value.fail("expected a number or a range [low, high]");
    const FigureValue range{bounds[0].numberIn(0.0, 1e12), bounds[1].numberIn(0.0, 1e12)};
    if (range.low > range.high)
        value.fail("expected a range [low, high] with low at most high");
    return range;
}

Citation citation(const JsonCursor& s) {
    s.allowOnly({"title", "date", "section", "publisher", "quote", "outside_article", "url"});
    Citation c;
    c.title = s.at("title").nonEmptyString();
    c.outsideArticle = s.booleanOr("outside_article", false);
    c.publisher = s.stringOr("publisher", "");
    if (c.outsideArticle) {
        c.url = s.at("url").nonEmptyString();
        if (c.url.rfind("https://", 0) != 0 && c.url.rfind("http://", 0) != 0)
            s.at("url").fail("expected the public source's address (http:// or https://)");
        c.date = s.stringOr("date", "");
        c.section = s.stringOr("section", "");
        c.quote = s.stringOr("quote", "");
    } else {
        if (s.has("url"))
            s.at("url").fail("a url is for sources outside the article; the article's own "
                             "items cite it by section and quote");
        c.date = s.at("date").nonEmptyString();
        c.section = s.at("section").nonEmptyString();
        const auto quote = s.at("quote");
        c.quote = quote.nonEmptyString();
        if (c.quote.size() < kMinQuoteBytes)
            quote.fail("expected the article's own words the item rests on, at least " +
                       std::to_string(kMinQuoteBytes) +
                       " characters (or source.outside_article: true with a title and url)");
    }
    if (!c.date.empty() && !isIsoDate(c.date))
        s.at("date").fail("expected a date as YYYY-MM-DD");
    return c;
}

} // namespace advisor::kb_fields
