#include "core/base/error.h"

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
    for (char& c : line)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    return line;
}

} // namespace advisor
