package org.chemsafe.monitoring.internal;

import java.util.List;

/** The 202 answer: how many samples were stored, and each rejected one's index in the request and reason. */
record TelemetryReceipt(int accepted, List<Rejection> rejected) {

    record Rejection(int index, RejectionReason reason) {
    }
}
