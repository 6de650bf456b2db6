#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "engine/config.h"

#include "consoleclient.h"

/// The Settings page (CONSOLE.md): every key of the configuration table (qsd::ConfigKey, the same table as the
/// daemon's loader and the README), grouped by section, with the value the server runs with. In embedded mode
/// the file is editable: save() writes the changed keys in place (comments and order kept), has the daemon's
/// own loader validate the result before the file is replaced, and answers the key at fault when it refuses.
/// Every key is read at start-up, so a saved change applies when the server restarts (`needsRestart`).
/// Secrets (qsd::ConfigKey::Secrecy) are shown as the server shows them, set or unset, even when the file is at
/// hand, and save() never writes what it showed in place of one (README "Secrets stay on the server").
class SettingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY changed)
    Q_PROPERTY(QString configFile READ configFile WRITE setConfigFile NOTIFY changed)
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    Q_PROPERTY(bool needsRestart READ needsRestart NOTIFY changed)
public:
    enum Role { SectionRole = Qt::UserRole + 1, KeyRole, IdRole, TypeRole, ValueRole, DefaultRole, ChoicesRole,
                MinimumRole, MaximumRole, StaticDhcpdRole, ChangedRole, SecretRole };

    explicit SettingsModel(QObject *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    void setClient(ConsoleClient *client);
    QString configFile() const { return m_configFile; }
    void setConfigFile(const QString &file);
    bool editable() const { return !m_configFile.isEmpty(); }
    bool needsRestart() const { return m_needsRestart; }

    /// Checks one value against its key's type: "" when valid, else the reason.
    Q_INVOKABLE QString validate(const QString &id, const QString &value) const;
    /// Writes {id: value} into the file. {ok, error, key}. A secret given back as shown (`(set)`, a URL with
    /// `***` for its password) keeps the file's value.
    Q_INVOKABLE QVariantMap save(const QVariantMap &changes);
    Q_INVOKABLE void reload();

    /// `text` with `section`/`key` set to `value`: the key's line replaced, or added at the end of its section,
    /// or a new section appended; an empty `value` removes the key (its default applies). Comments and the order
    /// of everything else are kept.
    static QString setKey(const QString &text, const QString &section, const QString &key, const QString &value);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();

private:
    QVariantMap fileValues() const;
    /// The file sets `key` to something else than the server runs with.
    bool differs(const qsd::ConfigKey &key) const;

    ConsoleClient *m_client = nullptr;
    QString m_configFile;
    QVariantMap m_values;      // "section/key" → value as the file or the server has it
    QVariantMap m_running;     // what the server started with, secrets as shown
    qint64 m_runningSince = 0; // its startedAtMs
    // Secrets saved while the server of that startedAtMs ran: a new password shows the same as the old one
    // ("(set)"), so the file and the server cannot be compared for them.
    QHash<QString, qint64> m_savedSecrets;
    bool m_needsRestart = false;
};
