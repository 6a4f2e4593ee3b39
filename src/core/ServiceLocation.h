#pragma once

#include <QPair>
#include <QString>

// The reference charter writes a service with its location in a final parenthesis:
// "API (CSRF) (front et back office)". Only a parenthesis naming a location (front/back office,
// site, admin...) is split off, so "API (CSRF)" stays whole.
namespace ServiceLocation {

QPair<QString, QString> split(const QString &text); // {service, location}
QString join(const QString &service, const QString &location);

} // namespace ServiceLocation
