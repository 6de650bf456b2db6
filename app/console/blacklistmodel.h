#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "consoleclient.h"
#include "rowsmodel.h"

/// The Blacklist page's two lists (management.rep blacklist()): `temporary` (TemporaryBlacklistRow: the
/// countdown and the reason) and `permanent` (PermanentBlacklistRow: the reason, when and by whom), keyed by MAC.
/// Refreshes when anyone changes the blacklist and after a reinitialise; temporary entries also come and go by
/// themselves (flood suspension, ignore periods), so the page refreshes it on a timer while shown.
class BlacklistModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY connectionChanged)
    Q_PROPERTY(RowsModel *temporary READ temporary CONSTANT)
    Q_PROPERTY(RowsModel *permanent READ permanent CONSTANT)
    /// When the rows shown arrived (epoch ms): temporary entries count down from there.
    Q_PROPERTY(double fetchedAtMs READ fetchedAtMs NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY refreshed)
public:
    explicit BlacklistModel(QObject *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    void setClient(ConsoleClient *client);
    RowsModel *temporary() const { return m_temporary; }
    RowsModel *permanent() const { return m_permanent; }
    double fetchedAtMs() const { return m_fetchedAtMs; }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();

signals:
    void connectionChanged();
    void refreshed();

private:
    QPointer<ConsoleClient> m_client;
    RowsModel *m_temporary;
    RowsModel *m_permanent;
    double m_fetchedAtMs = 0;
    QString m_error;
};
