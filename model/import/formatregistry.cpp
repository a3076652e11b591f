// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatregistry.h"

#include "featuretableformat.h"
#include "ga4format.h"
#include "genericformat.h"
#include "olistformat.h"
#include "onlineretailformat.h"
#include "rees46format.h"
#include "shopifyformat.h"
#include "woocommerceformat.h"

namespace pw {

const QList<const ImportFormat *> &FormatRegistry::formats()
{
    static const ShopifyFormat shopify;
    static const WooCommerceFormat woocommerce;
    static const OnlineRetailFormat onlineRetail;
    static const OlistFormat olist;
    static const Rees46Format rees46;
    static const Ga4Format ga4;
    static const FeatureTableFormat features;
    static const GenericFormat generic;
    static const QList<const ImportFormat *> list = {&shopify, &woocommerce, &onlineRetail, &olist, &rees46,
                                                     &ga4, &features, &generic};
    return list;
}

const ImportFormat *FormatRegistry::find(const QString &shortName)
{
    for (const ImportFormat *format : formats()) {
        if (format->shortName().compare(shortName, Qt::CaseInsensitive) == 0)
            return format;
    }
    return nullptr;
}

const ImportFormat *FormatRegistry::detect(const QStringList &header)
{
    for (const ImportFormat *format : formats()) {
        if (format->supportsHeader(header))
            return format;
    }
    return nullptr;
}

QStringList FormatRegistry::shortNames()
{
    QStringList names;
    for (const ImportFormat *format : formats())
        names.append(format->shortName());
    return names;
}

} // namespace pw
