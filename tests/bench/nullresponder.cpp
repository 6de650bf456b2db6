// qsd_nullresponder -- a do-nothing DHCPv4 "server" for tests/bench/run-bench.sh.
//
// It answers every DISCOVER with an OFFER and every REQUEST with an ACK, built by copying
// the request: no database, no policy, no allocation.  Whatever rate the load generator
// gets out of it is the generator's own ceiling on this machine, the yardstick for the
// real servers.  Plain C++17 and POSIX sockets, no Qt, so that it costs as little as possible.
//
//   qsd_nullresponder [--server-ip A.B.C.D] [--port 67] [--quiet]
//
// Binds 0.0.0.0:<port>.  The reply goes to giaddr:<port> when giaddr is set (a relay, as
// perfdhcp is), otherwise it is broadcast to 255.255.255.255:68.  yiaddr is derived from the
// client's MAC (198.18.<mac[4]>.<mac[5]>, inside 198.18.0.0/15), so each client gets a stable
// address.  On SIGTERM/SIGINT it prints how many replies it sent and exits 0.
//
// Only for use inside a throw-away network namespace: it answers anybody.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Fixed BOOTP layout (RFC 2131 §2).
constexpr std::size_t kOp = 0;
constexpr std::size_t kHlen = 2;
constexpr std::size_t kYiaddr = 16;
constexpr std::size_t kGiaddr = 24;
constexpr std::size_t kChaddr = 28;
constexpr std::size_t kHeaderLen = 236;        // up to and including 'file'
constexpr std::size_t kOptionsStart = 240;     // after the magic cookie
constexpr std::uint8_t kCookie[4] = {99, 130, 83, 99};

constexpr std::uint8_t kDiscover = 1, kOffer = 2, kRequest = 3, kAck = 5;

volatile std::sig_atomic_t g_stop = 0;
void onSignal(int) { g_stop = 1; }

// Returns the DHCP message type (option 53) or 0; walks the options, stops at END or on
// a truncated option.  No overload (option 52) handling: a null responder need not care.
int messageType(const std::uint8_t *p, std::size_t n)
{
    std::size_t i = kOptionsStart;
    while (i < n) {
        const std::uint8_t code = p[i];
        if (code == 255)
            break;
        if (code == 0) {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            break;
        const std::size_t len = p[i + 1];
        if (i + 2 + len > n)
            break;
        if (code == 53 && len == 1)
            return p[i + 2];
        i += 2 + len;
    }
    return 0;
}

void putOption(std::uint8_t *out, std::size_t &i, std::uint8_t code, const void *data, std::uint8_t len)
{
    out[i++] = code;
    out[i++] = len;
    std::memcpy(out + i, data, len);
    i += len;
}

} // namespace

int main(int argc, char **argv)
{
    const char *serverIpText = "198.18.0.1";
    int port = 67;
    bool quiet = false;
    for (int a = 1; a < argc; ++a) {
        if (!std::strcmp(argv[a], "--server-ip") && a + 1 < argc) {
            serverIpText = argv[++a];
        } else if (!std::strcmp(argv[a], "--port") && a + 1 < argc) {
            port = std::atoi(argv[++a]);
        } else if (!std::strcmp(argv[a], "--quiet")) {
            quiet = true;
        } else {
            std::fprintf(stderr, "usage: %s [--server-ip A.B.C.D] [--port 67] [--quiet]\n", argv[0]);
            return 2;
        }
    }
    in_addr serverIp{};
    if (inet_pton(AF_INET, serverIpText, &serverIp) != 1) {
        std::fprintf(stderr, "qsd_nullresponder: bad --server-ip %s\n", serverIpText);
        return 2;
    }

    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) {
        std::perror("qsd_nullresponder: socket");
        return 1;
    }
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
    const int bufSize = 4 << 20;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bufSize, sizeof bufSize);
    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bufSize, sizeof bufSize);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_port = htons(static_cast<std::uint16_t>(port));
    local.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) < 0) {
        std::perror("qsd_nullresponder: bind");
        return 1;
    }

    struct sigaction sa{};
    sa.sa_handler = onSignal;   // no SA_RESTART: a signal interrupts recvfrom()
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    if (!quiet)
        std::fprintf(stderr, "qsd_nullresponder: listening on 0.0.0.0:%d, server id %s\n", port, serverIpText);

    const std::uint32_t leaseTime = htonl(3600);
    const std::uint8_t mask[4] = {255, 254, 0, 0};   // 198.18.0.0/15
    std::uint8_t in[1500];
    std::uint8_t out[576];
    unsigned long long offers = 0, acks = 0, ignored = 0;

    while (!g_stop) {
        const ssize_t n = recv(fd, in, sizeof in, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            std::perror("qsd_nullresponder: recv");
            break;
        }
        const std::size_t len = static_cast<std::size_t>(n);
        if (len < kOptionsStart || in[kOp] != 1 || std::memcmp(in + kHeaderLen, kCookie, 4) != 0) {
            ++ignored;
            continue;
        }
        const int type = messageType(in, len);
        std::uint8_t replyType;
        if (type == kDiscover)
            replyType = kOffer;
        else if (type == kRequest)
            replyType = kAck;
        else {
            ++ignored;
            continue;
        }

        std::memcpy(out, in, kOptionsStart);   // header + cookie: xid, flags, giaddr, chaddr kept
        out[kOp] = 2;
        const std::uint8_t *mac = in + kChaddr;
        const std::uint8_t hlen = in[kHlen] >= 6 ? 6 : 0;
        const std::uint8_t yiaddr[4] = {198, static_cast<std::uint8_t>(18 + ((hlen ? mac[3] : 0) & 1)),
                                        hlen ? mac[4] : std::uint8_t(0), hlen ? mac[5] : std::uint8_t(10)};
        std::memcpy(out + kYiaddr, yiaddr, 4);
        std::memset(out + 12, 0, 4);   // ciaddr
        std::memset(out + 20, 0, 4);   // siaddr
        std::size_t i = kOptionsStart;
        putOption(out, i, 53, &replyType, 1);
        putOption(out, i, 54, &serverIp, 4);
        putOption(out, i, 51, &leaseTime, 4);
        putOption(out, i, 1, mask, 4);
        putOption(out, i, 3, &serverIp, 4);
        out[i++] = 255;
        while (i < 300)   // BOOTP minimum size (RFC 1542 §2.1)
            out[i++] = 0;

        sockaddr_in to{};
        to.sin_family = AF_INET;
        std::uint32_t giaddr;
        std::memcpy(&giaddr, in + kGiaddr, 4);
        if (giaddr != 0) {
            to.sin_addr.s_addr = giaddr;
            to.sin_port = htons(static_cast<std::uint16_t>(port));
        } else {
            to.sin_addr.s_addr = htonl(INADDR_BROADCAST);
            to.sin_port = htons(68);
        }
        if (sendto(fd, out, i, 0, reinterpret_cast<sockaddr *>(&to), sizeof to) < 0) {
            ++ignored;
            continue;
        }
        if (replyType == kOffer)
            ++offers;
        else
            ++acks;
    }
    if (!quiet)
        std::fprintf(stderr, "qsd_nullresponder: %llu offers, %llu acks, %llu ignored\n", offers, acks, ignored);
    close(fd);
    return 0;
}
