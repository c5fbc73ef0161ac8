package org.chemsafe.identity.internal;

/** The answer to creating a token: the token itself, shown this once, and its stored description. */
record CreatedApiToken(String token, ApiTokenView apiToken) {
}
