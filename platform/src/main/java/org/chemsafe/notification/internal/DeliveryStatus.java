package org.chemsafe.notification.internal;

/**
 * A delivery's state: waiting for its (next) attempt, delivered, given up after the last attempt, or (the browser)
 * not delivered live because the user had no page open: they find it among their notices when they sign in.
 */
enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, NO_SESSION
}
