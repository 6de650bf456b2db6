#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace qsd {
class ServerStack;
}

/// The console's embedded server (DESIGN.md "Executables": `qstaticdhcp --config FILE`): the same ServerStack as
/// the daemon, in this process, reached by the console over its local management socket like any daemon.
/// Starting again re-reads the configuration file, which is how Settings changes take effect.
class EmbeddedServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString configFile READ configFile NOTIFY changed)
public:
    explicit EmbeddedServer(QObject *parent = nullptr);
    ~EmbeddedServer() override;

    /// Loads `configFile` and starts serving; false with the error (also in `error`).
    bool start(const QString &configFile);
    void stop();

    bool running() const { return m_stack != nullptr; }
    QString error() const { return m_error; }
    QString configFile() const { return m_configFile; }
    /// "local:/run/user/…/qstaticdhcpd": where the console connects.
    QString localUrl() const;

signals:
    void changed();

private:
    std::unique_ptr<qsd::ServerStack> m_stack;
    QString m_configFile;
    QString m_error;
};
