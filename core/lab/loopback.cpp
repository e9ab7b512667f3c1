#include "core/lab/loopback.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace advisor::lab {
namespace {

class Socket {
public:
    Socket() : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0)) {}
    ~Socket() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    [[nodiscard]] int fd() const { return fd_; }

private:
    int fd_;
};

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

Error failure(int port, const std::string& what) {
    return Error{"127.0.0.1:" + std::to_string(port), "", what};
}

// Waits for `events` on the socket until `deadline`; false on timeout or error.
bool waitFor(int fd, short events, std::chrono::steady_clock::time_point deadline) {
    using namespace std::chrono;
    for (;;) {
        const auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, static_cast<int>(left));
        if (n > 0)
            return true;
        if (n < 0 && errno != EINTR)
            return false;
    }
}

} // namespace

Result<int> freeLoopbackPort() {
    Socket s;
    if (s.fd() < 0)
        return Error{"127.0.0.1", "", std::string("cannot open a socket: ") + std::strerror(errno)};
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (::bind(s.fd(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(s.fd(), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return Error{"127.0.0.1", "", std::string("no free port: ") + std::strerror(errno)};
    return static_cast<int>(ntohs(address.sin_port));
}

Result<HttpReply> loopbackGet(int port, const std::string& path,
                              std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    Socket s;
    if (s.fd() < 0)
        return failure(port, std::string("cannot open a socket: ") + std::strerror(errno));
    const sockaddr_in address = loopback(port);
    if (::connect(s.fd(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        if (errno != EINPROGRESS)
            return failure(port, std::string("cannot connect: ") + std::strerror(errno));
        int error = 0;
        socklen_t length = sizeof error;
        if (!waitFor(s.fd(), POLLOUT, deadline) ||
            ::getsockopt(s.fd(), SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0)
            return failure(port, std::string("cannot connect: ") +
                                     std::strerror(error ? error : ETIMEDOUT));
    }
    const std::string request = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    std::size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n =
            ::send(s.fd(), request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n > 0)
            sent += static_cast<std::size_t>(n);
        else if (n < 0 && errno != EAGAIN && errno != EINTR)
            return failure(port, std::string("cannot send: ") + std::strerror(errno));
        else if (!waitFor(s.fd(), POLLOUT, deadline))
            return failure(port, "timed out sending the request");
    }
    std::string reply;
    constexpr std::size_t kMaxReply = 64 * 1024;
    for (;;) {
        char buffer[4096];
        const ssize_t n = ::recv(s.fd(), buffer, sizeof buffer, 0);
        if (n > 0) {
            reply.append(buffer, static_cast<std::size_t>(n));
            if (reply.size() > kMaxReply)
                return failure(port, "reply larger than 64 KiB");
        } else if (n == 0) {
            break;
        } else if (errno != EAGAIN && errno != EINTR) {
            return failure(port, std::string("cannot read: ") + std::strerror(errno));
        } else if (!waitFor(s.fd(), POLLIN, deadline)) {
            return failure(port, "no complete reply in time");
        }
    }
    // "HTTP/1.1 200 OK\r\n...\r\n\r\nbody"
    const auto headerEnd = reply.find("\r\n\r\n");
    if (reply.rfind("HTTP/1.", 0) != 0 || reply.size() < 12 || headerEnd == std::string::npos)
        return failure(port, "not an HTTP reply");
    HttpReply out;
    out.status = std::atoi(reply.substr(9, 3).c_str());
    out.body = reply.substr(headerEnd + 4);
    return out;
}

} // namespace advisor::lab
