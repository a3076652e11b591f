// SPDX-License-Identifier: GPL-3.0-or-later
#include "pseudonymiser.h"

#include "importformat.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace pw {

namespace {

const QString kKeySetting = QStringLiteral("pseudonym_key");
const QString kKeepSetting = QStringLiteral("keep_identifiers");

/// An e-mail address inside other text: local part, `@` (or `%40`), a dotted domain.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "[A-Za-z0-9._+\\-]+(?:@|%40)[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"));
    return pattern;
}

QString decodedAddress(QString match)
{
    return match.replace(QLatin1String("%40"), QLatin1String("@"));
}

} // namespace

Pseudonymiser::Pseudonymiser(QByteArray key, bool keepIdentifiers)
    : m_key(std::move(key)), m_keep(keepIdentifiers)
{
}

bool Pseudonymiser::forProject(Project &project, Pseudonymiser &out, Error &error)
{
    const bool keep = project.setting(kKeepSetting, 0).toInt() != 0;
    QByteArray key = QByteArray::fromHex(project.setting(kKeySetting).toString().toLatin1());
    if (key.size() != 32) {
        key.resize(32);
        QRandomGenerator *random = QRandomGenerator::system();
        for (int i = 0; i < key.size(); i += 4) {
            const quint32 word = random->generate();
            for (int b = 0; b < 4; ++b)
                key[i + b] = char((word >> (8 * b)) & 0xff);
        }
        if (!project.setSetting(kKeySetting, QString::fromLatin1(key.toHex()))) {
            error.message = QCoreApplication::translate("Import", "The project cannot be written: %1")
                                .arg(QCoreApplication::translate("Import", "the pseudonym key cannot be stored"));
            return false;
        }
    }
    out = Pseudonymiser(key, keep);
    return true;
}

QString Pseudonymiser::hash(const QString &normalised) const
{
    if (normalised.isEmpty())
        return QString();
    if (m_keep)
        return normalised;
    const QByteArray mac = QMessageAuthenticationCode::hash(normalised.toUtf8(), m_key, QCryptographicHash::Sha256);
    return QLatin1String("h:") + QString::fromLatin1(mac.toHex().left(24));
}

QString Pseudonymiser::email(QStringView address) const
{
    return hash(address.trimmed().toString().toLower());
}

QString Pseudonymiser::identifier(QStringView value) const
{
    QString normalised = value.toString().simplified();
    if (!m_keep)
        normalised = normalised.toLower();
    return hash(normalised);
}

bool Pseudonymiser::looksLikeEmail(QStringView value)
{
    value = value.trimmed();
    const qsizetype at = value.indexOf(u'@');
    return at > 0 && value.indexOf(u'.', at) > at + 1 && !value.contains(u' ');
}

} // namespace pw

namespace pw {

bool Pseudonymiser::mayHoldEmail(QStringView text)
{
    return text.contains(u'@') || text.contains(QLatin1String("%40"));
}

QString Pseudonymiser::emailInside(QStringView text)
{
    if (!mayHoldEmail(text))
        return QString();
    const QRegularExpressionMatch m = emailPattern().match(text.toString());
    return m.hasMatch() ? decodedAddress(m.captured(0)) : QString();
}

QString Pseudonymiser::maskEmails(const QString &text) const
{
    if (m_keep || !mayHoldEmail(text))
        return text;
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = emailPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart(0) - from);
        out += email(decodedAddress(m.captured(0)));
        from = m.capturedEnd(0);
    }
    out += QStringView(text).mid(from);
    return out;
}

void Pseudonymiser::pseudonymise(CanonicalRow &row) const
{
    const QList<CanonicalField> &fields = CanonicalSchema::fields(row.entity);
    for (int i = 0; i < fields.size(); ++i) {
        QVariant &value = row.values[i];
        if (value.isNull())
            continue;
        const QString &name = fields[i].name;
        if (row.entity == Entity::Customers
            && (name == QLatin1String("email") || name == QLatin1String("first_name") || name == QLatin1String("last_name"))) {
            value = name == QLatin1String("email") ? email(value.toString()) : identifier(value.toString());
        } else if (value.typeId() == QMetaType::QString && mayHoldEmail(value.toString())) {
            // An e-mail address inside any id, URL or text is pseudonymised like an e-mail
            // column; a customer_id holding one (`John Doe <john@mail.com>`) is that address, so
            // that it links with the same customer's e-mail elsewhere.
            const QString text = value.toString();
            const QString address = name == QLatin1String("customer_id") ? emailInside(text) : QString();
            value = !address.isEmpty() ? email(address) : maskEmails(text);
        }
    }
}

} // namespace pw
