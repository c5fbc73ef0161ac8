package org.chemsafe.shared.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.shared.ReferenceCsv;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's {@link WorkCalendar}: the holiday arrangements shipped in {@code calendar/cn-work-calendar.csv},
 * plus the years an operator adds in {@code chemsafe.work-calendar.extra-file} once the State Council publishes
 * them (docs/operations.md). Starting in a year the calendar does not cover is logged as a warning.
 */
@Configuration(proxyBeanMethods = false)
class WorkCalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkCalendarConfiguration.class);
    static final String SHIPPED = "calendar/cn-work-calendar.csv";

    @Bean
    WorkCalendar workCalendar(@Value("${chemsafe.work-calendar.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${chemsafe.work-calendar.extra-file:}") @Nullable Path extraFile, Clock clock) {
        List<ReferenceCsv> files = new ArrayList<>();
        files.add(ReferenceCsv.fromClasspath(SHIPPED, WorkCalendar.HEADER));
        if (extraFile != null && !extraFile.toString().isEmpty()) {
            files.add(read(extraFile));
        }
        WorkCalendar calendar = WorkCalendar.of(zone, files.toArray(ReferenceCsv[]::new));
        int year = LocalDate.now(clock.withZone(zone)).getYear();
        if (!calendar.covers(year)) {
            log.warn("The work calendar lists no holiday arrangement for {}: holidays of {} count as ordinary days "
                    + "until the year is added (chemsafe.work-calendar.extra-file, see docs/operations.md)", year, year);
        }
        return calendar;
    }

    private static ReferenceCsv read(Path file) {
        try {
            return ReferenceCsv.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), WorkCalendar.HEADER);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the work calendar " + file, ex);
        }
    }
}
