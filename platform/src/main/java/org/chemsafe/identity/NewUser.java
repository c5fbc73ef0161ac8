package org.chemsafe.identity;

import java.util.Set;

import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;

/** A user to provision: the password is given in clear and hashed on the way in. */
public record NewUser(String username, String displayName, @Nullable String phone, @Nullable String email,
        String password, Set<String> roleCodes, DataScope scope) {

    /** A user without an e-mail address. */
    public NewUser(String username, String displayName, @Nullable String phone, String password,
            Set<String> roleCodes, DataScope scope) {
        this(username, displayName, phone, null, password, roleCodes, scope);
    }
}
