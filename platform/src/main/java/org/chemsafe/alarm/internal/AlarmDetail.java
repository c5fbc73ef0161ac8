package org.chemsafe.alarm.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An alarm with every transition it went through, oldest first. */
record AlarmDetail(@JsonUnwrapped AlarmView alarm, List<Transition> transitions) {
}
