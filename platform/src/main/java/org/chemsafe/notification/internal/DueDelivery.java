package org.chemsafe.notification.internal;

/** A delivery claimed for an attempt, with its notice. */
record DueDelivery(Delivery delivery, StoredNotice notice) {
}
