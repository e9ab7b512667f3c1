#include "core/base/error.h"

#include "core/base/text.h"

namespace advisor {

std::string Error::oneLine() const {
    std::string line;
    if (!file.empty())
        line += file + ": ";
    if (!field.empty())
        line += field + ": ";
    line += message;
    // A one-line error must stay one line even when a message quotes user text, and must not
    // pass terminal control sequences (ESC, backspace, ...) from a crafted file to the terminal.
    return withoutControls(std::move(line));
}

} // namespace advisor
