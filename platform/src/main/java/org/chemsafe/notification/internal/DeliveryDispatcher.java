package org.chemsafe.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery worker: claims the due deliveries (a short transaction), sends them on four threads outside any
 * transaction, so one slow or dead channel delays only its own deliveries, and records each attempt (another short
 * transaction). A failed delivery is tried again after the settings' back-off (30 s, doubling up to 30 min by
 * default) and given up ({@code FAILED}) after the last attempt.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 100;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int ERROR_LENGTH = 500;

    private final NotificationRepository notifications;
    private final Map<DeliveryChannel, ChannelSender> senders = new EnumMap<>(DeliveryChannel.class);
    private final TransactionTemplate transactions;
    private final NotificationSettings settings;
    private final Clock clock;
    private final ExecutorService sending;

    DeliveryDispatcher(NotificationRepository notifications, List<ChannelSender> senders,
            TransactionTemplate transactions, NotificationSettings settings, Clock clock) {
        this.notifications = notifications;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.sending = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "notification-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelayString = "${chemsafe.notification.dispatch-every:PT2S}")
    void run() {
        if (settings.dispatch()) {
            dispatch(clock.instant());
        }
    }

    /** One round at {@code now}: the attempts made. */
    int dispatch(Instant now) {
        List<DueDelivery> due = transactions.execute(status -> notifications.claimDue(now, now.plus(LEASE), BATCH));
        if (due == null || due.isEmpty()) {
            return 0;
        }
        List<Outcome> outcomes = due.stream()
                .map(delivery -> CompletableFuture.supplyAsync(() -> attempt(delivery, now), sending)).toList()
                .stream().map(CompletableFuture::join).toList();
        transactions.executeWithoutResult(status -> notifications.record(outcomes));
        return outcomes.size();
    }

    private Outcome attempt(DueDelivery due, Instant now) {
        Delivery delivery = due.delivery();
        int attempts = delivery.attempts() + 1;
        try {
            senders.get(delivery.channel()).send(due);
            return new Outcome(delivery.id(), delivery.enterpriseId(), now, null, DeliveryStatus.DELIVERED, attempts,
                    null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String error = error(e);
            boolean last = attempts >= settings.maxAttempts();
            log.warn("Notification delivery {} ({} to {}) attempt {} failed{}: {}", delivery.id(), delivery.channel(),
                    delivery.address(), attempts, last ? ", given up" : "", error);
            return new Outcome(delivery.id(), delivery.enterpriseId(), now, error,
                    last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, attempts,
                    last ? null : now.plus(settings.retryAfter(attempts)));
        }
    }

    private static String error(Exception e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > ERROR_LENGTH ? message.substring(0, ERROR_LENGTH) : message;
    }

    @PreDestroy
    void stop() {
        sending.shutdownNow();
    }
}
