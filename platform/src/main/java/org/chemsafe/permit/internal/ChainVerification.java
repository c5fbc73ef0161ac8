package org.chemsafe.permit.internal;

import java.util.List;

/**
 * Whether a permit's records are as they were written: each record's hash is SM3 of the previous hash and its text,
 * the permit's head is the last hash, and the permit's own fields are those of its application record.
 *
 * @param problems what does not match, with the record's number (0: the permit itself); empty when valid
 */
record ChainVerification(boolean valid, int records, String head, List<Problem> problems) {

    ChainVerification {
        problems = List.copyOf(problems);
    }

    record Problem(int seq, String problem) {
    }
}
