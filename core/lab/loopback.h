// The lab's only network code, all on 127.0.0.1: a free port for a server to bind, and one
// plain HTTP request to see that it is up and answers as it should (the load itself comes
// from wrk).
#pragma once

#include "core/base/error.h"

#include <chrono>
#include <string>

namespace advisor::lab {

// A TCP port on 127.0.0.1 that nothing listens on now (the kernel's choice). Another program
// may take it before the server binds it; the lab then retries with a new one.
Result<int> freeLoopbackPort();

struct HttpReply {
    int status = 0;
    std::string body;
};

// GET `path` from 127.0.0.1:`port` (HTTP/1.0, so the body comes whole, not chunked); fails
// when nothing listens, or no full reply comes within `timeout`.
Result<HttpReply> loopbackGet(int port, const std::string& path, std::chrono::milliseconds timeout);

} // namespace advisor::lab
