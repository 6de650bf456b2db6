#include "platform/privileges.h"

#include <QtTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace qsd;

class TestPrivileges : public QObject
{
    Q_OBJECT

#ifdef Q_OS_UNIX
    /// Runs dropPrivileges(user, group) in a forked child and returns what the child saw afterwards:
    /// "ok uid gid euid egid setuid0 groups…" or "error <message>".
    static QByteArray dropInChild(const QString &user, const QString &group)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return "pipe failed";
        const pid_t child = ::fork();
        if (child < 0)
            return "fork failed";
        if (child == 0) {
            ::close(fds[0]);
            QString error;
            QByteArray report;
            if (dropPrivileges(user, group, &error)) {
                const int setuidZero = ::setuid(0);
                gid_t groups[64];
                const int count = ::getgroups(64, groups);
                report = "ok " + QByteArray::number(::getuid()) + ' ' + QByteArray::number(::getgid()) + ' '
                    + QByteArray::number(::geteuid()) + ' ' + QByteArray::number(::getegid()) + ' '
                    + QByteArray::number(setuidZero);
                for (int i = 0; i < count; ++i)
                    report += ' ' + QByteArray::number(groups[i]);
            } else {
                report = "error " + error.toUtf8();
            }
            [[maybe_unused]] const ssize_t written = ::write(fds[1], report.constData(), size_t(report.size()));
            ::_exit(0);
        }
        ::close(fds[1]);
        QByteArray report;
        char buffer[512];
        ssize_t n;
        while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
            report.append(buffer, n);
        ::close(fds[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            return "child failed";
        return report;
    }
#endif

private slots:
    void emptyUserIsANoOp()
    {
        QString error;
        QVERIFY(dropPrivileges(QString(), QString(), &error));
        QVERIFY(error.isEmpty());
    }

#ifdef Q_OS_UNIX
    void dropToNobody_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("group");
        QTest::addRow("name, primary group") << QStringLiteral("nobody") << QString();
        QTest::addRow("numeric uid") << QStringLiteral("65534") << QString();
        QTest::addRow("numeric group") << QStringLiteral("nobody") << QStringLiteral("65534");
    }
    void dropToNobody()
    {
        if (::geteuid() != 0)
            QSKIP("dropping privileges needs root");
        QFETCH(QString, user);
        QFETCH(QString, group);
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody)
            QSKIP("no user 'nobody' on this system");
        const uid_t uid = nobody->pw_uid;
        const gid_t gid = group.isEmpty() ? nobody->pw_gid : gid_t(group.toUInt());

        const QByteArray report = dropInChild(user, group);
        const QList<QByteArray> fields = report.split(' ');
        QVERIFY2(fields.size() >= 6 && fields.at(0) == "ok", report.constData());
        QCOMPARE(fields.at(1).toUInt(), uint(uid));    // getuid
        QCOMPARE(fields.at(2).toUInt(), uint(gid));    // getgid
        QCOMPARE(fields.at(3).toUInt(), uint(uid));    // geteuid
        QCOMPARE(fields.at(4).toUInt(), uint(gid));    // getegid
        QCOMPARE(fields.at(5), QByteArray("-1"));      // setuid(0) fails afterwards
        for (qsizetype i = 6; i < fields.size(); ++i)  // no supplementary group of root's left
            QVERIFY2(fields.at(i).toUInt() != 0, report.constData());
    }

    void dropToRootIsHarmless()
    {
        if (::geteuid() != 0)
            QSKIP("needs root");
        const QByteArray report = dropInChild(QStringLiteral("root"), QString());
        QVERIFY2(report.startsWith("ok 0 0 0 0 0"), report.constData());
    }

    void unknownUserIsNamed()
    {
        QString error;
        QVERIFY(!dropPrivileges(QStringLiteral("no-such-user-qsd"), QString(), &error));
        QVERIFY2(error.contains(QLatin1String("'no-such-user-qsd'")), qPrintable(error));
        QCOMPARE(::getuid(), uid_t(::geteuid()));   // nothing changed
    }

    void unknownGroupIsNamed()
    {
        QString error;
        QVERIFY(!dropPrivileges(QStringLiteral("nobody"), QStringLiteral("no-such-group-qsd"), &error));
        QVERIFY2(error.contains(QLatin1String("'no-such-group-qsd'")), qPrintable(error));
    }

    void numericUserWithoutEntryNeedsGroup()
    {
        QString error;
        QVERIFY(!dropPrivileges(QStringLiteral("4000123"), QString(), &error));
        QVERIFY2(error.contains(QLatin1String("4000123")), qPrintable(error));
        UserIds ids;
        QVERIFY2(resolveUser(QStringLiteral("4000123"), QStringLiteral("4000124"), &ids, &error), qPrintable(error));
        QCOMPARE(ids.uid, uid_t(4000123));
        QCOMPARE(ids.gid, gid_t(4000124));
        QVERIFY(ids.userName.isEmpty());
    }

    void resolveNames()
    {
        UserIds ids;
        QString error;
        QVERIFY2(resolveUser(QStringLiteral("root"), QString(), &ids, &error), qPrintable(error));
        QCOMPARE(ids.uid, uid_t(0));
        QCOMPARE(ids.gid, gid_t(0));
        QCOMPARE(ids.userName, QStringLiteral("root"));
    }
#else
    void unsupported()
    {
        QString error;
        QVERIFY(!dropPrivileges(QStringLiteral("nobody"), QString(), &error));
        QCOMPARE(error, QStringLiteral("dropping privileges is not supported on this platform"));
    }
#endif
};

QTEST_GUILESS_MAIN(TestPrivileges)
#include "tst_privileges.moc"
