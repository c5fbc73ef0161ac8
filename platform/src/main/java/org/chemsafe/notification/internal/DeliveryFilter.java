package org.chemsafe.notification.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The filters of the deliveries' list. */
record DeliveryFilter(@Nullable UUID enterpriseId, @Nullable DeliveryChannel channel, @Nullable DeliveryStatus status,
        @Nullable UUID alarmId) {
}
