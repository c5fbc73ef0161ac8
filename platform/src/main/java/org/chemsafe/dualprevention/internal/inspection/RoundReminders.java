package org.chemsafe.dualprevention.internal.inspection;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.identity.UserDirectory;
import org.chemsafe.identity.UserSummary;
import org.chemsafe.notification.UserNotice;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pushes each person's rounds of the day to their phone (issue 10: occurrences are "assigned to people ..., pushed
 * to their phones"): once a plant day, from {@code chemsafe.dual-prevention.round-reminder-at} (07:30), every user
 * with occurrences still to do that day (their own, or their post's) gets one notice (今日巡检) listing them, which the notification module
 * delivers in the browser, by SMS and by e-mail. A row per day ({@code dual_prevention_round_reminder}), written with
 * the notices' events, tells each day once across restarts; the notice's id is the day's and the user's, so a
 * replay adds nothing either.
 */
@Component
class RoundReminders {

    private static final Logger LOG = LoggerFactory.getLogger(RoundReminders.class);
    /** The most occurrences a notice lists by name; the rest are counted. */
    static final int LISTED = 8;
    private static final Locale TEXT = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** A window over midnight or longer names its days. */
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Rounds rounds;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final WorkCalendar calendar;
    private final LocalTime remindAt;
    private final Clock clock;

    RoundReminders(Rounds rounds, UserDirectory users, JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages,
            WorkCalendar calendar, @Value("${chemsafe.dual-prevention.round-reminder-at:07:30}") LocalTime remindAt,
            Clock clock) {
        this.rounds = rounds;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
        this.calendar = calendar;
        this.remindAt = remindAt;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chemsafe.dual-prevention.round-reminder-check:PT5M}",
            initialDelayString = "${chemsafe.dual-prevention.round-reminder-check:PT5M}")
    void run() {
        remind(clock.instant());
    }

    /** Tells the day's rounds of {@code now}'s plant day, if it is time and not done yet; the notices published. */
    @Transactional
    int remind(Instant now) {
        ZoneId zone = calendar.zone();
        LocalDate day = LocalDate.ofInstant(now, zone);
        if (now.isBefore(day.atTime(remindAt).atZone(zone).toInstant())) {
            return 0;
        }
        int first = jdbc.sql("insert into dual_prevention_round_reminder (day, sent_at) values (:day, :now)"
                + " on conflict (day) do nothing").param("day", day).param("now", Timestamp.from(now)).update();
        if (first == 0) {
            return 0;
        }
        Map<List<UUID>, List<RoundOccurrence>> byPerson = new LinkedHashMap<>();
        Map<List<Object>, List<UUID>> holders = new HashMap<>();
        for (RoundOccurrence round : rounds.toDoOn(now)) {
            for (UUID person : doers(round, holders)) {
                byPerson.computeIfAbsent(List.of(round.enterpriseId(), person), key -> new ArrayList<>()).add(round);
            }
        }
        byPerson.forEach((key, toDo) -> events.publishEvent(notice(day, key.get(0), key.get(1), toDo, now)));
        if (!byPerson.isEmpty()) {
            LOG.info("Rounds of {} told to {} people", day, byPerson.size());
        }
        return byPerson.size();
    }

    /** The person assigned, or every enabled holder of the post in the enterprise (looked up once a run). */
    private List<UUID> doers(RoundOccurrence round, Map<List<Object>, List<UUID>> holders) {
        UUID assignee = round.assigneeId();
        if (assignee != null) {
            return List.of(assignee);
        }
        String post = Objects.requireNonNull(round.assigneeRole());
        return holders.computeIfAbsent(List.of(round.enterpriseId(), post), key -> users
                .recipients(round.enterpriseId(), Set.of(post), Set.of()).stream().map(UserSummary::id).toList());
    }

    private UserNotice notice(LocalDate day, UUID enterpriseId, UUID userId, List<RoundOccurrence> toDo,
            Instant now) {
        ZoneId zone = calendar.zone();
        StringBuilder body = new StringBuilder();
        for (RoundOccurrence round : toDo.subList(0, Math.min(LISTED, toDo.size()))) {
            ZonedDateTime start = round.occurrence().start().withZoneSameInstant(zone);
            ZonedDateTime end = round.occurrence().end().withZoneSameInstant(zone);
            DateTimeFormatter format = start.toLocalDate().equals(end.toLocalDate()) ? TIME : DAY_TIME;
            body.append(text("dualprevention.rounds.notice.line", round.troubleshootContent(), format.format(start),
                    format.format(end))).append('\n');
        }
        if (toDo.size() > LISTED) {
            body.append(text("dualprevention.rounds.notice.more", toDo.size() - LISTED)).append('\n');
        }
        body.append(text("dualprevention.rounds.notice.open"));
        UUID id = UUID.nameUUIDFromBytes(("rounds:" + day + ":" + userId).getBytes(StandardCharsets.UTF_8));
        return new UserNotice(id, enterpriseId, UserNotice.Topic.ROUNDS,
                text("dualprevention.rounds.notice.subject", toDo.size()), body.toString(), Set.of(userId), now);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, TEXT);
    }
}
