package org.chemsafe.notification.internal;

/** Where a notice goes: a signed-in browser (SSE), a user's e-mail or mobile phone, or an enterprise's webhook. */
enum DeliveryChannel {
    BROWSER, EMAIL, SMS, WEBHOOK
}
