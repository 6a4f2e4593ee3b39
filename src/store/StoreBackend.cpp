#include "StoreBackend.h"

#include "CookieCopy.h"

StoreBackend::~StoreBackend() = default;

void StoreBackend::setBusyTimeout(int milliseconds) {
    m_busyTimeoutMs = milliseconds;
    busyTimeoutChanged();
}

std::unique_ptr<CookieCopy> StoreBackend::cookieCopy(const QString &, const QString &) const {
    return nullptr;
}
