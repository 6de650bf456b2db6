// ISC dhcpd.conf `host` declarations, at any depth (inside subnet, shared-network, group, pool…):
//   host NAME { hardware ethernet MAC; fixed-address ADDRESS[, ADDRESS…]; option host-name "NAME"; }
// The hostname is `option host-name` when given, else the declaration's NAME (what dhcpd sends with
// use-host-decl-names). An enclosing `subnet A netmask M` is kept as the row's network, to flag addresses outside
// it. Everything else in the file is read only to follow its structure.
#include "importformats.h"

#include "protocol/ipv4.h"

namespace qsd::import {

namespace {

struct Token
{
    QString text;
    int line;
    bool quoted = false;
};

/// Words, "strings", and the punctuation { } ; , — with '#' comments dropped.
bool tokenize(const QString &text, const QString &file, QList<Token> *tokens, QString *error)
{
    int line = 1;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c == u'\n') {
            ++line;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == u'#') {
            while (i < text.size() && text[i] != u'\n')
                ++i;
        } else if (c == u'"') {
            const int start = line;
            QString s;
            for (++i; i < text.size() && text[i] != u'"'; ++i) {
                if (text[i] == u'\\' && i + 1 < text.size())
                    ++i;
                if (text[i] == u'\n')
                    ++line;
                s += text[i];
            }
            if (i >= text.size()) {
                *error = QStringLiteral("%1: a string is not closed").arg(sourceOf(file, start));
                return false;
            }
            ++i;
            tokens->append(Token{s, start, true});
        } else if (c == u'{' || c == u'}' || c == u';' || c == u',') {
            tokens->append(Token{QString(c), line});
            ++i;
        } else {
            QString word;
            while (i < text.size() && !text[i].isSpace() && !QStringLiteral("{};,\"#").contains(text[i]))
                word += text[i++];
            tokens->append(Token{word, line});
        }
    }
    return true;
}

class Parser
{
public:
    Parser(const QList<Token> &tokens, const QString &file, ImportedFile *result) : m_t(tokens), m_file(file), m_out(result) { }

    /// Statements until the closing '}' of the current block (or the end at depth 0).
    bool block(const QString &network, int depth, int openedAt)
    {
        while (m_i < m_t.size()) {
            if (word(u"}")) {
                if (depth == 0)
                    return fail(m_t[m_i - 1].line, QStringLiteral("'}' without a matching '{'"));
                return true;
            }
            if (!statement(network, depth))
                return false;
        }
        if (depth > 0)
            return fail(openedAt, QStringLiteral("this block is not closed ('}' missing)"));
        return true;
    }

private:
    bool word(QStringView w)
    {
        if (m_i < m_t.size() && !m_t[m_i].quoted && m_t[m_i].text == w) {
            ++m_i;
            return true;
        }
        return false;
    }
    bool fail(int line, const QString &what)
    {
        m_out->error = QStringLiteral("%1: %2").arg(sourceOf(m_file, line), what);
        return false;
    }

    /// One statement: words up to ';', or up to '{' and its block.
    bool statement(const QString &network, int depth)
    {
        const int start = int(m_i);
        while (m_i < m_t.size() && (m_t[m_i].quoted || (m_t[m_i].text != u";" && m_t[m_i].text != u"{"))) {
            if (!m_t[m_i].quoted && m_t[m_i].text == u"}")
                return fail(m_t[m_i].line, QStringLiteral("'}' where a statement should end with ';'"));
            ++m_i;
        }
        if (m_i >= m_t.size())
            return fail(m_t[start].line, QStringLiteral("this statement does not end (';' or '{' missing)"));
        const QList<Token> head = m_t.mid(start, m_i - start);
        const bool opens = m_t[m_i].text == u"{";
        const int line = m_t[m_i].line;
        ++m_i;
        if (!opens)
            return true;
        if (!head.isEmpty() && head[0].text == u"host")
            return host(head, network, line);
        QString inner = network;
        if (head.size() >= 4 && head[0].text == u"subnet" && head[2].text == u"netmask") {
            const auto address = IPv4::fromString(head[1].text);
            const auto mask = IPv4::fromString(head[3].text);
            const auto prefix = mask ? IPv4::prefixFromMask(*mask) : std::nullopt;
            if (address && prefix)
                inner = QStringLiteral("%1/%2").arg(address->toString()).arg(*prefix);
        }
        return block(inner, depth + 1, line);
    }

    /// The body of `host NAME {`, up to its '}'.
    bool host(const QList<Token> &head, const QString &network, int openedAt)
    {
        const QString name = head.value(1).text;
        const QString source = sourceOf(m_file, head[0].line);
        QString mac, hostName, hardwareProblem;
        QStringList addresses;
        bool hasHardware = false, closed = false;
        while (m_i < m_t.size()) {
            if (word(u"}")) {
                closed = true;
                break;
            }
            const int start = int(m_i);
            while (m_i < m_t.size() && (m_t[m_i].quoted || (m_t[m_i].text != u";" && m_t[m_i].text != u"{" && m_t[m_i].text != u"}")))
                ++m_i;
            if (m_i >= m_t.size())
                break;
            if (m_t[m_i].text == u"}")
                return fail(m_t[m_i].line, QStringLiteral("'}' where a statement of host %1 should end with ';'").arg(name));
            const QList<Token> s = m_t.mid(start, m_i - start);
            if (m_t[m_i++].text == u"{") {   // a nested block in a host: skipped whole
                if (!block(network, 1, s.value(0).line))
                    return false;
                continue;
            }
            const QString key = s.value(0).text;
            if (key == u"hardware") {
                hasHardware = true;
                if (s.value(1).text == u"ethernet")
                    mac = s.value(2).text;
                else
                    hardwareProblem = QStringLiteral("hardware %1 is not Ethernet").arg(s.value(1).text);
            } else if (key == u"fixed-address") {
                for (int i = 1; i < s.size(); ++i) {
                    if (s[i].text != u",")
                        addresses << s[i].text;
                }
            } else if (key == u"option" && s.value(1).text == u"host-name") {
                hostName = s.value(2).text;
            }
        }
        if (!closed)
            return fail(openedAt, QStringLiteral("host %1 is not closed ('}' missing)").arg(name));
        ImportRow row = makeRow(source, mac, addresses.value(0), hostName.isEmpty() ? name : hostName);
        row.network = network;
        if (!hardwareProblem.isEmpty())
            row.problem = QStringLiteral("host %1: %2").arg(name, hardwareProblem);
        else if (!hasHardware)
            row.problem = QStringLiteral("host %1 has no 'hardware ethernet' (hosts known by uid cannot be imported)").arg(name);
        else if (addresses.isEmpty())
            row.problem = QStringLiteral("host %1 has no fixed-address (dhcpd would lease from a pool)").arg(name);
        else if (!IPv4::fromString(addresses.first()))
            row.problem = QStringLiteral("host %1: fixed-address '%2' is not an IPv4 address (DNS names are not resolved)").arg(name, addresses.first());
        if (addresses.size() > 1)
            m_out->warnings << QStringLiteral("%1: host %2 has %3 fixed addresses; only %4 is imported")
                                   .arg(source, name).arg(addresses.size()).arg(addresses.first());
        m_out->rows << row;
        return true;
    }

    const QList<Token> &m_t;
    qsizetype m_i = 0;
    QString m_file;
    ImportedFile *m_out;
};

} // namespace

ImportedFile parseDhcpd(const QString &text, const QString &file)
{
    ImportedFile result;
    QList<Token> tokens;
    if (!tokenize(text, file, &tokens, &result.error))
        return result;
    Parser parser(tokens, file, &result);
    if (!parser.block(QString(), 0, 1)) {
        result.rows.clear();
        return result;
    }
    return result;
}

} // namespace qsd::import
