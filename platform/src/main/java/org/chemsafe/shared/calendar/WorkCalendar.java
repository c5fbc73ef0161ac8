package org.chemsafe.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.chemsafe.shared.ReferenceCsv;
import org.jspecify.annotations.Nullable;

/**
 * The days on which people work, after the State Council's yearly holiday arrangement
 * (国务院办公厅关于部分节假日安排的通知): the listed days of each holiday period are {@link DayKind#HOLIDAY}, the listed
 * weekend days are working days (调休上班), and every other day follows the week (Saturday and Sunday rest).
 * <p>
 * The arrangement is published once a year, in November or December for the next year, so the calendar knows only
 * the years its data lists ({@link #covers}); for a later year it can only follow the week, which is what
 * {@link #kindOf} then does. Plants are in one zone, {@link #zone()}, in which instants become days.
 */
public final class WorkCalendar {

    public static final List<String> HEADER = java.util.List.of("date", "kind", "name");

    private final ZoneId zone;
    private final Map<LocalDate, ListedDay> listedDays;
    private final Set<Integer> years;

    private WorkCalendar(ZoneId zone, Map<LocalDate, ListedDay> listedDays) {
        this.zone = zone;
        this.listedDays = Map.copyOf(listedDays);
        this.years = listedDays.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    /** A calendar from data files in the {@link #HEADER} format; a date listed twice (in any file) is an error. */
    public static WorkCalendar of(ZoneId zone, ReferenceCsv... files) {
        Map<LocalDate, ListedDay> listedDays = new TreeMap<>();
        for (ReferenceCsv file : files) {
            for (ReferenceCsv.Row row : file.rows()) {
                LocalDate date;
                ListedDay listed;
                try {
                    date = LocalDate.parse(row.text("date"));
                    listed = new ListedDay(Kind.valueOf(row.text("kind")), row.text("name"));
                } catch (DateTimeParseException | IllegalArgumentException ex) {
                    throw row.invalid("a date as 2026-10-01 and a kind HOLIDAY or WORKDAY are expected");
                }
                boolean weekend = isWeekend(date);
                if (listed.kind() == Kind.WORKDAY && !weekend) {
                    throw row.invalid(date + " is a weekday, so it is a working day already");
                }
                if (listedDays.put(date, listed) != null) {
                    throw row.invalid(date + " is listed twice");
                }
            }
        }
        return new WorkCalendar(zone, listedDays);
    }

    public ZoneId zone() {
        return zone;
    }

    public DayKind kindOf(LocalDate date) {
        ListedDay listed = listedDays.get(date);
        if (listed != null) {
            return listed.kind() == Kind.HOLIDAY ? DayKind.HOLIDAY : DayKind.WORKING_DAY;
        }
        return isWeekend(date) ? DayKind.REST_DAY : DayKind.WORKING_DAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date) == DayKind.WORKING_DAY;
    }

    /** The holiday's name (e.g. 春节) on a day of a holiday period or a weekend day moved to work, else null. */
    public @Nullable String nameOf(LocalDate date) {
        ListedDay listed = listedDays.get(date);
        return listed == null ? null : listed.name();
    }

    /** Whether the data lists the holiday arrangement of this year (otherwise the year follows the week). */
    public boolean covers(int year) {
        return years.contains(year);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private enum Kind { HOLIDAY, WORKDAY }

    private record ListedDay(Kind kind, String name) {
    }
}
