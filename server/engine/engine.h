#pragma once

#include "abusecontrol.h"
#include "warningburst.h"
#include "config.h"
#include "exchange.h"
#include "storage/definitionstore.h"

#include <QLoggingCategory>
#include <QSet>

#include <functional>

namespace qsd {

class HookRunner;
struct HookArguments;

Q_DECLARE_LOGGING_CATEGORY(lcDhcp)

/// The request pipeline of DESIGN.md, steps 2 to 11, as one function of an Exchange: it decides, the transport
/// sends (Kea's fakeReceive makes the same split). No sockets here, so tests feed packets directly.
/// Behaviour is staticDHCPd's (inventory §4, §5) except where a comment says "[defect]" or "RFC".
class Engine
{
public:
    /// `store` (not owned) is asked for the lookups when no lookup starter is set; null: no definitions, or every
    /// lookup goes through the starter.
    Engine(const ServerConfig &config, DefinitionStore *store);

    /// Runs the pipeline on `x.wire` (and the arrival fields). On return either `x.reply` and
    /// `x.destination` are set, or `x.drop` says why not (DropReason::None with no reply: DECLINE/RELEASE),
    /// or `x.awaitingLookup` is set: the lookup starter queued the lookup, and the caller passes its answer
    /// to resume() later (other exchanges may be handled meanwhile).
    void handle(Exchange &x);
    /// Goes on with an exchange that waited for its lookup, from step 7.
    void resume(Exchange &x, LookupResult answer);

    /// Starts the lookup of `x.mac` (step 7) for a store whose lookups must not run in this thread: true with
    /// `answer` set when it can answer now (a cache hit, an outage, a full queue), false when the lookup was
    /// queued (`x.lookupTicket` set). Without a starter the store is asked directly.
    using LookupStarter = std::function<bool(Exchange &x, LookupResult *answer)>;
    void setLookupStarter(LookupStarter starter) { m_lookupStarter = std::move(starter); }

    /// Once a second: the temporary ignore list and flood counters age (staticDHCPd's tick).
    void tick();

    /// The JavaScript hooks (pipeline steps 6, 7 and 10); null: none, at no cost. Not owned.
    void setHooks(HookRunner *hooks) { m_hooks = hooks; }
    HookRunner *hooks() const { return m_hooks; }

    /// Whether replies to clients without an address can be unicast at the link layer (see replyDestination).
    void setUnicastToUnaddressed(bool possible) { m_unicastToUnaddressed = possible; }

    AbuseControl &abuse() { return m_abuse; }
    const QSet<MAC> &permanentBlacklist() const { return m_blacklist; }
    void setPermanentBlacklist(const QSet<MAC> &macs) { m_blacklist = macs; }
    /// A definition of `mac` changed: a pending ignore period for it ends, so its next request is served.
    void definitionChanged(const MAC &mac) { m_abuse.release(mac); }
    const ServerConfig &config() const { return m_config; }

private:
    bool decode(Exchange &x);
    bool acceptSource(Exchange &x);
    bool acceptClient(Exchange &x);
    /// Step 7 up to the answer: false when the answer comes later (resume()).
    bool startLookup(Exchange &x, LookupResult *answer);
    /// Steps 7 (from the answer) to 11, and the end of the hooks' exchange.
    void finish(Exchange &x, LookupResult answer);
    bool acceptAnswer(Exchange &x, const LookupResult &answer);
    void decide(Exchange &x);
    void route(Exchange &x);

    // hooks (only called when m_hooks is set)
    HookArguments hookArguments(const Exchange &x) const;
    bool filterPacket(Exchange &x);
    /// handleUnknownMAC on a miss, filterRetrievedDefinitions for several; false if a hook failed.
    bool resolveDefinitions(Exchange &x, QList<Definition> definitions);
    void loadDHCPPacket(Exchange &x);

    void discover(Exchange &x);
    void requestSelecting(Exchange &x);
    void requestInitReboot(Exchange &x);
    void requestRenewOrRebind(Exchange &x);
    void inform(Exchange &x);
    void decline(Exchange &x);
    void release(Exchange &x);

    /// Starts the reply from the request (libpydhcpserver's transforms) and fills it from the definition.
    DhcpPacket &startReply(Exchange &x, MessageType type);
    void loadDefinition(DhcpPacket &reply, const Definition &definition, bool inform) const;
    void nak(Exchange &x, const QString &why);
    /// Drops and ignores the MAC for unauthorized_client_timeout (staticDHCPd's addToTempBlocklist).
    void dropAndIgnore(Exchange &x, DropReason reason, const QString &why);

    ServerConfig m_config;
    DefinitionStore *m_store;
    AbuseControl m_abuse;
    WarningBurst m_ignoreWarnings;   ///< "… was temporarily blacklisted": a random-MAC flood would log one per packet
    WarningBurst m_floodWarnings;
    QSet<MAC> m_blacklist;
    bool m_unicastToUnaddressed = false;
    HookRunner *m_hooks = nullptr;
    LookupStarter m_lookupStarter;
};

} // namespace qsd
