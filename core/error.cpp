#include "core/error.h"

namespace advisor {

std::string Error::oneLine() const {
    std::string line;
    if (!file.empty())
        line += file + ": ";
    if (!field.empty())
        line += field + ": ";
    line += message;
    // A one-line error must stay one line even when a message quotes user text.
    for (char& c : line)
        if (c == '\n' || c == '\r')
            c = ' ';
    return line;
}

} // namespace advisor
