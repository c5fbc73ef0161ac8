/** Working days, rest days and holiday periods of the national holiday arrangement, for schedules and rules. */
@NullMarked
package org.chemsafe.shared.calendar;

import org.jspecify.annotations.NullMarked;
