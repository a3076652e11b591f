// SPDX-License-Identifier: GPL-3.0-or-later
#include "featuretableformat.h"

#include "csvreader.h"
#include "genericformat.h"
#include "recordcells.h"
#include "valueparser.h"

#include "analysis/featuredefinitions.h"
#include "store/project.h"
#include "store/purchase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace pw {

namespace {

int idColumn(const QStringList &header)
{
    const ValueParser parser;
    return RecordCells(header, parser).column({"customer_id", "person_id", "user_id", "id"});
}

bool isCanonicalName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (Entity e : {Entity::Customers, Entity::Orders, Entity::OrderItems, Entity::Events, Entity::Reviews}) {
        if (CanonicalSchema::fieldIndex(e, lower) >= 0)
            return true;
    }
    return false;
}

/// Whether every value of a column so far is yes/no (1 or 0).
/// Cells of a column that are neither a number nor yes/no: text is not clustered, and is named.
struct TextCells
{
    qint64 text = 0, values = 0; ///< cells of text, cells read (numbers and yes/no)
    qint64 firstLine = 0;
    QString first; ///< the first text cell
};

struct ConversionCheck
{
    int column = -1;
    bool yesNo = true;
    bool any = false;
};

class FeatureTableMapper final : public RowMapper
{
public:
    FeatureTableMapper(const QStringList &header, const MapContext &context)
        : m_cells(header, context.parser), m_parser(context.parser), m_id(idColumn(header)),
          m_stem(QFileInfo(context.fileName).completeBaseName()), m_fileName(context.fileName)
    {
        for (int c = 0; c < header.size(); ++c)
            if (c != m_id && FeatureTableFormat::isPurchaseColumnName(header[c]))
                m_conversion.append(ConversionCheck{c});
        m_text.resize(header.size());
        QStringList columns = header;
        if (m_id >= 0)
            columns.removeAt(m_id);
        m_recipe = FeatureDefinitions::isRecipeTable(columns);
    }

    QStringList notes() const override
    {
        QStringList notes;
        if (m_recipe)
            notes << QCoreApplication::translate("FeatureTableFormat",
                                                 "%1: read as the recipe's feature table (persona-cli recipe features): its "
                                                 "columns are the store's own features, clustered and named as the app "
                                                 "computes them from orders and events")
                         .arg(m_fileName);
        for (const ConversionCheck &check : m_conversion)
            if (check.any && check.yesNo)
                notes << QCoreApplication::translate("FeatureTableFormat",
                                                     "%1: the column %2 is read as conversion: a person whose value is yes "
                                                     "(TRUE, 1) bought once, without a date or an amount; it is not "
                                                     "clustered as a feature")
                             .arg(m_fileName, m_cells.header()[check.column].trimmed());
        // A column of text (a month's name, a visitor type) is not clustered: say which, never
        // leave it out silently; a few text cells in a numeric column are left empty, and said.
        for (int c = 0; c < int(m_text.size()); ++c) {
            const TextCells &t = m_text[size_t(c)];
            if (t.text == 0)
                continue;
            const QString column = m_cells.header()[c].trimmed();
            if (t.values == 0)
                notes << QCoreApplication::translate("FeatureTableFormat",
                                                     "%1: the column %2 holds text (e.g. “%3”), not numbers: it was not "
                                                     "imported (a feature table's columns are numbers or yes/no)")
                             .arg(m_fileName, column, t.first);
            else
                notes << QCoreApplication::translate("FeatureTableFormat",
                                                     "%1: the column %3 holds numbers but has text in some rows (%2; the "
                                                     "first at line %4: “%5”); those cells were left empty")
                             .arg(m_fileName)
                             .arg(t.text)
                             .arg(column)
                             .arg(t.firstLine)
                             .arg(t.first);
        }
        return notes;
    }
    Entity entity() const override { return Entity::PersonFeatures; }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        QString person;
        if (m_id >= 0) {
            person = m_cells.text(m_id).toString();
            if (person.isEmpty())
                return m_cells.fail(error, m_id, QCoreApplication::translate("Import", "required value is empty"));
        } else {
            person = m_stem + QLatin1Char('#') + QString::number(record.line - 1);
        }
        for (int c = 0; c < m_cells.header().size(); ++c) {
            if (c == m_id)
                continue;
            const QStringView cell = m_cells.text(c);
            if (cell.isEmpty())
                continue;
            double value = 0;
            if (const std::optional<double> number = m_parser.parseNumber(cell)) {
                value = *number;
            } else if (const std::optional<bool> flag = ValueParser::parseBool(cell)) {
                value = *flag ? 1.0 : 0.0;
            } else {
                TextCells &t = m_text[size_t(c)];
                if (t.text++ == 0) {
                    t.firstLine = record.line;
                    t.first = cell.left(40).toString();
                }
                continue;
            }
            ++m_text[size_t(c)].values;
            for (ConversionCheck &check : m_conversion) {
                if (check.column == c) {
                    check.any = true;
                    check.yesNo = check.yesNo && (value == 0.0 || value == 1.0);
                }
            }
            CanonicalRow row = CanonicalRow::of(Entity::PersonFeatures);
            row.values[0] = person;
            row.values[1] = m_cells.header()[c];
            row.values[2] = value;
            out.append(std::move(row));
        }
        return true;
    }

private:
    RecordCells m_cells;
    const ValueParser &m_parser;
    int m_id;
    QString m_stem;
    QString m_fileName;
    QList<ConversionCheck> m_conversion; ///< the columns named as a purchase
    std::vector<TextCells> m_text; ///< per column
    bool m_recipe = false; ///< the header is a recipe's (FeatureDefinitions::isRecipeTable())
};

} // namespace

QString FeatureTableFormat::displayName() const
{
    return QCoreApplication::translate("FeatureTableFormat", "Feature table (one row per person, numeric columns)");
}

std::optional<Entity> FeatureTableFormat::detectEntity(const QStringList &header, QString *why) const
{
    const ValueParser parser;
    const RecordCells cells(header, parser);
    const bool onlineShoppers = cells.column({"BounceRates"}) >= 0 && cells.column({"ExitRates"}) >= 0
                                && cells.column({"PageValues"}) >= 0;
    if (onlineShoppers)
        return Entity::PersonFeatures;
    const int id = idColumn(header);
    int features = 0;
    bool canonical = false;
    for (int c = 0; c < header.size(); ++c) {
        if (c == id || header[c].trimmed().isEmpty())
            continue;
        ++features;
        canonical = canonical || isCanonicalName(header[c]);
    }
    // A customer, a date and an amount (`user_id,date,qty,amount`) are purchases, not features.
    const std::optional<GenericFormat::Layout> generic = GenericFormat::layout(header);
    const bool purchases = generic && generic->entity == Entity::Orders;
    if (id >= 0 && features >= 2 && !canonical && !purchases)
        return Entity::PersonFeatures;
    if (why)
        *why = QCoreApplication::translate("FeatureTableFormat", "The header is not recognised as a feature table: choose the feature-table format explicitly");
    return std::nullopt;
}

std::optional<Entity> FeatureTableFormat::entityWhenChosen(const QStringList &header, QString *why) const
{
    const int id = idColumn(header);
    for (int c = 0; c < header.size(); ++c) {
        if (c != id && !header[c].trimmed().isEmpty())
            return Entity::PersonFeatures;
    }
    if (why)
        *why = QCoreApplication::translate("FeatureTableFormat", "A feature table needs at least one column besides the person's id");
    return std::nullopt;
}

std::unique_ptr<RowMapper> FeatureTableFormat::createMapper(const QStringList &header, Entity,
                                                            const MapContext &context) const
{
    return std::make_unique<FeatureTableMapper>(header, context);
}

QList<int> FeatureTableFormat::dateColumns(const QStringList &, Entity) const
{
    return {};
}

bool FeatureTableFormat::isPurchaseColumnName(const QString &name)
{
    static const QStringList names{
        QStringLiteral("revenue"), QStringLiteral("converted"), QStringLiteral("conversion"),
        QStringLiteral("purchased"), QStringLiteral("purchase"), QStringLiteral("bought"),
        QStringLiteral("is_buyer"), QStringLiteral("has_purchased"),
    };
    return names.contains(name.trimmed().toLower());
}

QStringList FeatureTableFormat::conversionColumnsByValues(Project &project, Error *error)
{
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    // Without an index on the values, one pass: the columns named as a purchase and whether any
    // value of theirs is other than 0 or 1.
    QStringList columns;
    if (!q.exec(QStringLiteral("SELECT feature, max(value NOT IN (0, 1)) FROM person_features GROUP BY feature"))) {
        fail(error, q.lastError().text());
        return {};
    }
    while (q.next())
        if (isPurchaseColumnName(q.value(0).toString()) && q.value(1).toInt() == 0)
            columns << q.value(0).toString();
    return columns;
}

bool FeatureTableFormat::finishImport(Project &project, QHash<QString, qint64> &, QStringList &, Error &error) const
{
    Error local;
    const QStringList columns = conversionColumnsByValues(project, &local);
    if (local.isSet()) {
        error.message = local.message;
        return false;
    }
    const QString stored = project.setting(QLatin1String(Purchase::kConversionSetting)).toString();
    const QString now = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact));
    if (stored == now || (stored.isEmpty() && columns.isEmpty()))
        return true;
    if (!project.setSetting(QLatin1String(Purchase::kConversionSetting), now, &local)) {
        error.message = local.message;
        return false;
    }
    return true;
}

} // namespace pw
