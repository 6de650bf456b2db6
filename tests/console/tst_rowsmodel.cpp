// RowsModel and RowsFilter, the console's list models, under QAbstractItemModelTester: keyed updates (same rows
// again, changed rows, new and vanished keys, reordering, duplicate keys), appending with a limit, and the
// filter's search, exact filters, minimums, presence and sorting (addresses as numbers).
#include "rowsfilter.h"
#include "rowsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

QVariantMap row(const QString &mac, qint64 timeMs, const QString &ip = QString(), const QString &drop = QString())
{
    return {{QStringLiteral("mac"), mac}, {QStringLiteral("timeMs"), timeMs}, {QStringLiteral("ip"), ip},
            {QStringLiteral("drop"), drop}};
}

QStringList column(const QAbstractItemModel &model, const QByteArray &role)
{
    const int r = model.roleNames().key(role, -1);
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i, 0).data(r).toString();
    return out;
}

} // namespace

class TestRowsModel : public QObject
{
    Q_OBJECT
private slots:
    void keyedUpdatesEmitOnlyWhatChanged()
    {
        RowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoleList({QStringLiteral("mac"), QStringLiteral("timeMs"), QStringLiteral("ip"), QStringLiteral("drop")});
        model.setKeyRole(QStringLiteral("mac"));
        model.setRows({row(QStringLiteral("a"), 1), row(QStringLiteral("b"), 2), row(QStringLiteral("c"), 3)});
        QCOMPARE(model.count(), 3);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setRows({row(QStringLiteral("a"), 1), row(QStringLiteral("b"), 5), row(QStringLiteral("c"), 3)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);

        // New key first, one vanished, the rest reordered.
        model.setRows({row(QStringLiteral("d"), 9), row(QStringLiteral("c"), 3), row(QStringLiteral("a"), 1)});
        QCOMPARE(column(model, "mac"), (QStringList{QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("a")}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.get(0).value(QStringLiteral("timeMs")).toLongLong(), 9);
        QCOMPARE(model.indexOf(QStringLiteral("a")), 2);
        QCOMPARE(model.indexOf(QStringLiteral("b")), -1);
    }

    void duplicateKeysAndLargeChangesStayConsistent()
    {
        RowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoleList({QStringLiteral("mac"), QStringLiteral("timeMs")});
        model.setKeyRole(QStringLiteral("mac"));
        QVariantList rows;
        for (int i = 0; i < 2000; ++i)
            rows << row(QStringLiteral("m%1").arg(i % 700), i);
        model.setRows(rows);
        QCOMPARE(model.count(), 2000);
        QVariantList reversed(rows.crbegin(), rows.crend());
        model.setRows(reversed);
        QCOMPARE(model.count(), 2000);
        QCOMPARE(model.get(0).value(QStringLiteral("timeMs")).toInt(), 1999);
        model.setRows({});
        QCOMPARE(model.count(), 0);
    }

    void appendKeepsTheNewestUpToTheLimit()
    {
        RowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoleList({QStringLiteral("message")});
        for (int i = 0; i < 5; ++i)
            model.append({QVariantMap{{QStringLiteral("message"), QString::number(i)}}, QVariantMap{{QStringLiteral("message"), QStringLiteral("x")}}}, 6);
        QCOMPARE(model.count(), 6);
        QCOMPARE(model.get(0).value(QStringLiteral("message")).toString(), QStringLiteral("2"));
        QCOMPARE(model.get(5).value(QStringLiteral("message")).toString(), QStringLiteral("x"));
    }

    void filterSearchesFiltersAndSorts()
    {
        RowsModel model;
        model.setRoleList({QStringLiteral("mac"), QStringLiteral("timeMs"), QStringLiteral("ip"), QStringLiteral("drop")});
        model.setKeyRole(QStringLiteral("mac"));
        RowsFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setRows({row(QStringLiteral("02:00:00:00:00:01"), 30, QStringLiteral("198.18.0.10")),
                       row(QStringLiteral("02:00:00:00:00:02"), 10, QStringLiteral("198.18.0.9")),
                       row(QStringLiteral("02:aa:00:00:00:03"), 20, QString(), QStringLiteral("unknown-client"))});

        filter.setSortBy(QStringLiteral("ip"));
        QCOMPARE(column(filter, "ip"), (QStringList{QString(), QStringLiteral("198.18.0.9"), QStringLiteral("198.18.0.10")}));
        filter.setSortBy(QStringLiteral("timeMs"));
        filter.setDescending(true);
        QCOMPARE(column(filter, "timeMs"), (QStringList{QStringLiteral("30"), QStringLiteral("20"), QStringLiteral("10")}));

        filter.setText(QStringLiteral("02:AA"));
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.get(0).value(QStringLiteral("drop")).toString(), QStringLiteral("unknown-client"));
        filter.setText(QString());

        filter.setPresence({{QStringLiteral("drop"), true}});
        QCOMPARE(filter.count(), 1);
        filter.setPresence({{QStringLiteral("drop"), false}});
        QCOMPARE(filter.count(), 2);
        filter.setPresence({});

        filter.setFilters({{QStringLiteral("ip"), QStringLiteral("198.18.0.9")}});
        QCOMPARE(filter.count(), 1);
        filter.setFilters({});
        filter.setMinimum({{QStringLiteral("timeMs"), 15}});
        QCOMPARE(filter.count(), 2);

        // Live updates go through the sorted, filtered view.
        model.setRows({row(QStringLiteral("02:00:00:00:00:01"), 40, QStringLiteral("198.18.0.10")),
                       row(QStringLiteral("02:00:00:00:00:04"), 50)});
        QCOMPARE(column(filter, "timeMs"), (QStringList{QStringLiteral("50"), QStringLiteral("40")}));
    }

    void sortingAThousandLiveRowsIsQuick()
    {
        RowsModel model;
        model.setRoleList({QStringLiteral("mac"), QStringLiteral("timeMs")});
        model.setKeyRole(QStringLiteral("mac"));
        RowsFilter filter;
        filter.setSourceModel(&model);
        filter.setSortBy(QStringLiteral("timeMs"));
        QVariantList rows;
        for (int i = 0; i < 1000; ++i)
            rows << row(QStringLiteral("m%1").arg(i), i);
        model.setRows(rows);
        for (QVariant &r : rows) {
            QVariantMap m = r.toMap();
            m[QStringLiteral("timeMs")] = m.value(QStringLiteral("timeMs")).toInt() + 1000;
            r = m;
        }
        std::reverse(rows.begin(), rows.end());
        model.setRows(rows);
        QCOMPARE(filter.count(), 1000);
        QCOMPARE(filter.get(0).value(QStringLiteral("timeMs")).toInt(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRowsModel)
#include "tst_rowsmodel.moc"
