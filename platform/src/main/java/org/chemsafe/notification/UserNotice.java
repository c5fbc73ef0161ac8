package org.chemsafe.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Something named users of an enterprise must be told that is not about an alarm, e.g. the rounds of their day. A
 * module publishes it after commit; the notification module delivers it to each user in the browser (pushed live),
 * by e-mail and by SMS as it does alarm notices, never to webhooks. The same {@code noticeId} again adds nothing.
 *
 * @param subject one line, in the platform's default language
 * @param body    the text people read, in the platform's default language
 */
public record UserNotice(UUID noticeId, UUID enterpriseId, Topic topic, String subject, String body,
        Set<UUID> recipientUserIds, Instant at) {

    /** What the notice is about (the page it opens). */
    public enum Topic {
        /** The inspection rounds of the day (今日巡检). */
        ROUNDS
    }

    public UserNotice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        recipientUserIds = Set.copyOf(recipientUserIds);
        Objects.requireNonNull(at, "at");
    }
}
