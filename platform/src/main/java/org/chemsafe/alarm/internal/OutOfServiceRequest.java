package org.chemsafe.alarm.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the alarm is taken out of service (e.g. "GT-101 探头更换，预计 12 月 5 日恢复"). */
record OutOfServiceRequest(@NotBlank @Size(max = 500) String reason) {
}
