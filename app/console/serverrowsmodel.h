#pragma once

#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "consoleclient.h"
#include "rowsmodel.h"

/// A RowsModel that one slot of management.rep fills: refresh() asks the server and setRows() shows the declared
/// rows (consolevalues.h), under the roles of their fields. It refreshes by itself on every (re)connection and
/// when the server announces a change of one of the kinds given to refreshOn() or a reinitialise (All); pages
/// that show a list the server does not announce (activity, unknown clients) call refresh() on a timer.
class ServerRowsModel : public RowsModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY connectionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit ServerRowsModel(QObject *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    void setClient(ConsoleClient *client);
    /// The last refusal or failure of the slot ("" once it answers again).
    QString error() const { return m_error; }

    /// Asks the server again; the rows change when the answer arrives.
    Q_INVOKABLE virtual void refresh() { }

signals:
    void connectionChanged();
    void errorChanged();
    /// An answer arrived and its rows are shown (tests wait for it).
    void refreshed();

protected:
    /// Changes of these kinds (and All) make it refresh.
    void refreshOn(std::initializer_list<ChangeKindEnum::ChangeKind> kinds) { m_kinds = kinds; }
    /// Shows `rows` (plain maps of declared rows), or keeps the rows shown and says why the answer failed.
    void show(bool ok, const QString &error, const QVariantList &rows);

private:
    QPointer<ConsoleClient> m_client;
    QList<ChangeKindEnum::ChangeKind> m_kinds;
    QString m_error;
};
