#include "core/model/explanations.h"
#include "core/report/markdown_report.h"
#include "core/report/markdown_writing.h"

#include <cmath>
#include <cstdio>

namespace advisor {
namespace {

bool isInlineSignificant(char c) {
    switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '{':
    case '}':
    case '[':
    case ']':
    case '<':
    case '>':
    case '#':
    case '|':
    case '!':
    case '~':
    case '&':
        return true;
    default:
        return false;
    }
}

} // namespace

std::string escapeMarkdown(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n')
                continue;
            c = '\n';
        }
        if (c == '\n') {
            out += '\n';
            lineStart = true;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            if (c == '\t' && !lineStart)
                out += ' ';
            continue;
        }
        if (lineStart) {
            if (c == ' ')
                continue; // four spaces would open a code block
            lineStart = false;
            const char next = i + 1 < text.size() ? text[i + 1] : ' ';
            const bool breakOrSpace = next == ' ' || next == '\t' || next == '\n' || next == '\r';
            // "- x", "+ x" open a list item; "---", "===" a rule or a setext heading.
            if ((c == '-' || c == '+' || c == '=') && (breakOrSpace || next == c)) {
                out += '\\';
            } else if (c >= '0' && c <= '9') {
                // "1. x" or "1) x" opens an ordered list; "2025.04" does not.
                std::size_t j = i;
                while (j < text.size() && text[j] >= '0' && text[j] <= '9')
                    ++j;
                out.append(text.substr(i, j - i));
                if (j < text.size() && (text[j] == '.' || text[j] == ')') &&
                    (j + 1 == text.size() || text[j + 1] == ' ' || text[j + 1] == '\t' ||
                     text[j + 1] == '\n' || text[j + 1] == '\r')) {
                    out += '\\';
                    out += text[j];
                    ++j;
                }
                i = j - 1;
                continue;
            }
        }
        if (isInlineSignificant(c))
            out += '\\';
        out += c;
    }
    return out;
}

std::string escapeMarkdownLine(std::string_view text) {
    std::string flat(text);
    for (char& c : flat)
        if (c == '\n' || c == '\r')
            c = ' ';
    return escapeMarkdown(flat);
}

namespace markdown {

std::string md(const Phrase& phrase) {
    return render(phrase);
}

std::string esc(const std::string& text) {
    return escapeMarkdownLine(text);
}

std::string labelled(const phrases::LabelledPhrase& item) {
    return "**" + md(item.label) + (item.runsOn ? "**" : ":**") + " " + md(item.body);
}

std::string outsideMark() {
    return " *(" + render(outsideArticlePhrase()) + ")*";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

std::string fixed2(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::abs(value) < 0.005 ? 0.0 : value);
    return buffer;
}

} // namespace markdown

} // namespace advisor
