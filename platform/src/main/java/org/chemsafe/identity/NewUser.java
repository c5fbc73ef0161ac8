package org.chemsafe.identity;

import java.util.Set;

import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;

/** A user to provision: the password is given in clear and hashed on the way in. */
public record NewUser(String username, String displayName, @Nullable String phone, String password,
        Set<String> roleCodes, DataScope scope) {
}
