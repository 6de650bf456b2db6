import QtQuick
import QStaticDHCP
import QStaticDHCP.Console

// `qstaticdhcp --tour DIR` (tests, documentation; CONSOLE.md "Done looks like"): waits for the server, promotes
// the first unknown client through the Unknown clients page's own "Assign address…" dialog, waits until that
// client is answered, then shows every page in light and dark at the window's size and saves a screenshot of
// each, and writes DIR/tour.json with what the pages showed. Then it quits.
Item {
    id: tour
    property var target: null            // the ApplicationWindow
    property var steps: []
    property var facts: ({screenshots: [], errors: []})
    property real deadline: 0
    readonly property string exampleMac: "02:00:00:00:00:0a"

    readonly property var pageNames: ["dashboard", "definitions", "unknown-clients", "blacklist", "activity", "hooks", "settings"]

    function log(text) { console.log("tour: " + text) }
    function add(wait, run) { steps.push({wait: wait, run: run}) }
    // Repeats `condition` every 500 ms until true or `seconds` passed (then records the failure and goes on).
    function waitUntil(what, seconds, condition) {
        steps.push({wait: 500, until: condition, what: what, seconds: seconds})
    }
    function next() {
        if (steps.length === 0) { finish(); return }
        const step = steps[0]
        if (step.until) {
            if (tour.deadline === 0) tour.deadline = Date.now() + step.seconds * 1000
            let ok = false
            try { ok = step.until() } catch (e) { log("condition failed: " + e); facts.errors.push(String(e)) }
            if (ok) { log(step.what + ": yes"); steps.shift(); tour.deadline = 0 }
            else if (Date.now() > tour.deadline) { log(step.what + ": timed out"); facts.errors.push("timed out: " + step.what); steps.shift(); tour.deadline = 0 }
            timer.interval = step.wait
            timer.start()
            return
        }
        steps.shift()
        try {
            step.run()
        } catch (e) {
            log("step failed: " + e + " " + (e.stack || ""))
            facts.errors.push(String(e))
        }
        timer.interval = step.wait
        timer.start()
    }
    function shoot(name) {
        const path = ConsoleSession.tourDir + "/" + name + ".png"
        if (ConsoleSession.saveScreenshot(target, path)) facts.screenshots.push(path)
        else facts.errors.push("could not save " + path)
    }
    function finish() {
        try {
            collect()
        } catch (e) {
            facts.errors.push("collecting the facts failed: " + e)
        }
        ConsoleSession.writeFile(ConsoleSession.tourDir + "/tour.json", JSON.stringify(facts, null, 2))
        log("done: " + JSON.stringify(facts))
        Qt.quit()
    }
    function collect() {
        if (facts.firstRunWizard)
            return
        const definitions = target.pageItems[1]
        facts.definitionsTotal = definitions.maps.total
        facts.definitionsShowPromoted = facts.promoted ? definitions.maps.rowOf(facts.promoted.mac) >= 0 : false
        let maxRate = 0
        const chart = target.pageItems[0].chart
        for (let m = 0; m < chart.methods.length; ++m) {
            const points = chart.points(chart.methods[m])
            for (let i = 0; i < points.length; ++i) maxRate = Math.max(maxRate, points[i].y)
        }
        facts.chartMaxPacketsPerSecond = maxRate
        facts.chartSeries = target.pageItems[0].seriesList.length
        facts.unknownClients = target.pageItems[2].rows.count
        facts.activityEvents = target.pageItems[4].events.count
        facts.logRecords = target.pageItems[4].logRows.count
        facts.totalReceived = ConsoleClient.counters.totalReceived
        const hooks = (ConsoleClient.status.hooks || {}).hooks || []
        facts.hookCalls = hooks.reduce(function(sum, h) { return sum + h.calls }, 0)
        facts.extensionPanels = ConsoleClient.extensionPanels.length
    }
    function answered(mac) {
        const rows = target.pageItems[4].events
        const i = rows.indexOf(mac)
        return i >= 0 && !rows.get(i).drop && (rows.get(i).reply === "ACK" || rows.get(i).reply === "OFFER")
    }

    Timer { id: timer; onTriggered: Qt.callLater(tour.next) }   // restarting a Timer inside its own handler is unreliable

    // Started from the event loop: by then the console has begun (embedded server, remote, or the wizard).
    Timer { running: true; interval: 0; onTriggered: tour.begin() }

    function begin() {
        Preferences.theme = "light"
        if (ConsoleSession.needsSetup) {
            // No configuration yet: the first-run wizard is what there is to see.
            add(1500, function() { tour.shoot("light-0-first-run-wizard") })
            add(500, function() { Preferences.theme = "dark" })
            add(1500, function() { tour.shoot("dark-0-first-run-wizard") })
            add(100, function() { facts.firstRunWizard = true })
            next()
            return
        }
        waitUntil("connected", 30, function() { return ConsoleClient.state === ConsoleClient.Connected })
        add(1000, function() { target.show(4) })     // the activity page starts polling
        waitUntil("an unknown client asked", 60, function() { return (ConsoleClient.counters.unknownClients || 0) > 0 })
        add(1500, function() { target.show(2) })
        add(1500, function() {
            const unknown = target.pageItems[2]
            if (unknown.rows.count === 0) { facts.errors.push("no unknown client listed"); return }
            facts.unknownBefore = unknown.rows.count
            unknown.assign(unknown.rows.get(0).mac)
        })
        add(1500, function() { tour.shoot("light-2b-unknown-clients-assign") })
        add(2000, function() {
            const dialog = target.pageItems[2].assignDialog
            facts.promoted = {mac: dialog.mac}
            dialog.close()
            dialog.promote(function(ok) { facts.promotedOk = ok })
        })
        waitUntil("the promoted client was answered", 90, function() {
            target.pageItems[4].refresh()
            return facts.promoted && tour.answered(facts.promoted.mac)
        })
        add(500, function() {
            const rows = target.pageItems[4].events
            const i = facts.promoted ? rows.indexOf(facts.promoted.mac) : -1
            if (i >= 0) facts.promoted.ip = rows.get(i).ip
            target.pageItems[1].showMac(facts.promoted ? facts.promoted.mac : "")
        })
        // One permanent blacklist entry through the Blacklist page's own form, so that page has something to show;
        // removed again at the end of the tour.
        add(500, function() {
            const page = target.pageItems[3]
            page.openAdd(tour.exampleMac, "tour: an example entry")
            page.addEntry()
        })
        add(4000, function() { target.pageItems[3].refresh() })    // a few more seconds of chart
        const themes = ["light", "dark"]
        for (let t = 0; t < themes.length; ++t) {
            add(800, function() { Preferences.theme = themes[t] })
            for (let p = 0; p < 7; ++p) {
                add(1800, function() {
                    target.show(p)
                    if (p === 4 && facts.promoted) target.pageItems[4].select(facts.promoted.mac)
                })
                add(300, function() { tour.shoot(themes[t] + "-" + (p + 1) + "-" + tour.pageNames[p]) })
            }
        }
        // The About box (dark, as the pages left it): version and licence.
        add(500, function() { target.about.open() })
        add(1200, function() {
            tour.shoot("dark-8-about")
            facts.aboutLicence = target.about.licence
            target.about.close()
        })
        add(500, function() {
            facts.blacklistShown = target.pageItems[3].permanentRows.indexOf(tour.exampleMac) >= 0
            target.pageItems[3].release(tour.exampleMac)
        })
        add(1500, function() { })
        next()
    }
}
