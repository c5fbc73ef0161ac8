package org.chemsafe.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.notification.UserNotice;
import org.chemsafe.identity.UserSummary;
import org.chemsafe.shared.AfterCommit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes the alarm centre's notices and the notices other modules address to named users ({@link UserNotice}), after
 * their commit, on the event publication registry (so none is lost in a restart), and turns each into its
 * deliveries, in one transaction: the recipients are the enterprise's enabled users holding the notice's roles (the
 * roles on duty narrowed by the duty shifts, {@link DutyRecipients}) plus the users it names; each gets it in the
 * browser (pushed live after commit to every open page), by e-mail when they have an address and SMTP is set up,
 * and by SMS when they have a mobile number and the gateway is set up; each of the enterprise's enabled webhooks
 * wanting the severity gets an alarm notice too. A notice kept already (a replay) changes nothing. Nothing is sent
 * here: the delivery worker does that, so a slow channel never holds the alarm pipeline.
 */
@Component
class NoticeIntake {

    private final NotificationRepository notifications;
    private final WebhookRepository webhooks;
    private final DutyRecipients duty;
    private final NotificationStreams streams;
    private final EmailSender email;
    private final SmsSender sms;
    private final Clock clock;

    NoticeIntake(NotificationRepository notifications, WebhookRepository webhooks, DutyRecipients duty,
            NotificationStreams streams, EmailSender email, SmsSender sms, Clock clock) {
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.duty = duty;
        this.streams = streams;
        this.email = email;
        this.sms = sms;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AlarmNotice event) {
        StoredNotice notice = StoredNotice.of(event);
        if (notifications.insertNotice(notice)) {
            deliver(notice, duty.recipients(notice.enterpriseId(), event.recipientRoles(), event.recipientUserIds(),
                    notice.at()), true);
        }
    }

    /** A notice to named users (the day's rounds): the same channels, never the webhooks. */
    @ApplicationModuleListener
    void on(UserNotice event) {
        StoredNotice notice = StoredNotice.of(event);
        if (notifications.insertNotice(notice)) {
            deliver(notice, duty.recipients(notice.enterpriseId(), Set.of(), event.recipientUserIds(), notice.at()),
                    false);
        }
    }

    private void deliver(StoredNotice notice, List<UserSummary> recipients, boolean toWebhooks) {
        Instant now = clock.instant();
        List<Delivery> deliveries = new ArrayList<>();
        for (UserSummary user : recipients) {
            deliveries.add(Delivery.toUser(notice, DeliveryChannel.BROWSER, user.id(), user.username(),
                    streams.isOpen(user.id()) ? DeliveryStatus.DELIVERED : DeliveryStatus.NO_SESSION, now));
            if (user.email() != null && email.available()) {
                deliveries.add(Delivery.toUser(notice, DeliveryChannel.EMAIL, user.id(), user.email(),
                        DeliveryStatus.PENDING, now));
            }
            if (user.phone() != null && sms.available()) {
                deliveries.add(Delivery.toUser(notice, DeliveryChannel.SMS, user.id(), user.phone(),
                        DeliveryStatus.PENDING, now));
            }
        }
        if (toWebhooks) {
            webhooks.enabledOf(notice.enterpriseId()).stream().filter(webhook -> webhook.wants(notice.severity()))
                    .forEach(webhook -> deliveries.add(Delivery.toWebhook(notice, webhook, now)));
        }
        notifications.insertDeliveries(deliveries);
        NoticeView view = NoticeView.of(notice);
        AfterCommit.run(() -> recipients.forEach(user -> streams.push(user.id(), view)));
    }
}
