// Writing a file so that a failure or a crash part-way leaves the old file, never a torn one.
// Every report and export writer goes through here.
#pragma once

#include "core/base/error.h"

#include <functional>
#include <string>
#include <string_view>

namespace advisor {

// Replaces `path` with `contents`: writes a temporary file in the same folder, flushes it to
// disk, renames it over the target and flushes the folder. Readers see the old file or the new
// one, never a mix. On any failure the temporary file is removed and the old file, if any, is
// left exactly as it was. A new file gets the usual permissions (0666 less the umask); a
// replaced file keeps its permissions.
Status writeFileAtomically(const std::string& path, std::string_view contents);

// The same for contents made piece by piece (an export too large to hold in memory): `produce`
// hands each piece to `write`, which returns false once writing failed; an error `produce`
// returns abandons the file, as a failed write does.
using PieceWriter = std::function<bool(std::string_view piece)>;
Status writeFileAtomically(const std::string& path,
                           const std::function<Status(const PieceWriter& write)>& produce);

// Checks, without writing anything, that `path` names a file that could be written: its folder
// exists and is a folder (and is writable, where permissions apply), and the target itself is
// not a folder. Lets a command refuse a bad path before it does any work.
Status checkWritableTarget(const std::string& path);

} // namespace advisor
