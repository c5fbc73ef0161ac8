package org.chemsafe.identity;

import java.util.UUID;

/**
 * Re-authentication of a signed-in user who signs a record on site (GB 30871-2022 4.11: the approver signs at the
 * work site): the signer types their password again, so a phone left signed in does not sign by itself.
 */
public interface SignerConfirmation {

    /**
     * Whether the password is the user's. Failures count towards the same per-user pauses as failed logins, so the
     * signature form cannot be used to guess passwords; a paused user is refused even with the right password.
     */
    boolean confirms(UUID userId, String password);
}
