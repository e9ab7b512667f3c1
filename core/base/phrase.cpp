#include "core/base/phrase.h"

#include <utility>

namespace advisor {

Phrase literal(std::string text) {
    return Phrase{std::move(text), {}, true};
}

std::string render(const std::string& text, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(text.size() + 64);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string render(const Phrase& phrase, const TranslateTemplate& translate) {
    if (phrase.literal)
        return phrase.text;
    std::vector<std::string> args;
    args.reserve(phrase.args.size());
    for (const Phrase& arg : phrase.args)
        args.push_back(render(arg, translate));
    return render(translate ? translate(phrase.text) : phrase.text, args);
}

} // namespace advisor
