#pragma once

#include <QString>

#include <optional>

// Reads a retention period as people write it in cookie registries ("13 mois", "2 years",
// "session", "1 an et 6 mois", "30 minutes") into a length in days. A month is 365.25 / 12 days
// so that "13 mois" is exactly the CNIL's thirteen-month limit.
namespace Duration {

constexpr double daysPerYear = 365.25;
constexpr double daysPerMonth = daysPerYear / 12.0;
constexpr double cnilAudienceLimitDays = 13 * daysPerMonth;
// The CNIL's recommendation keeps a visitor's consent choice six months: 183 days at most.
constexpr int consentChoiceLimitDays = 183;

// nullopt when the text cannot be read; 0 for a session cookie.
std::optional<double> parseDays(const QString &text);

} // namespace Duration
