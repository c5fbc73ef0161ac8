/**
 * The alarm centre: the one place every module raises its alarms (monitoring limits now; positioning, video, permits
 * and dual prevention later). One open alarm per originator and type, ISA-18.2 states (active and acknowledged
 * independent, shelved, suppressed by design), closing (销警) only once returned, acknowledged and disposed, and an
 * append-only record of every transition. Other modules call {@link org.chemsafe.alarm.AlarmCentre}.
 */
@ApplicationModule(displayName = "Alarm centre")
@NullMarked
package org.chemsafe.alarm;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
