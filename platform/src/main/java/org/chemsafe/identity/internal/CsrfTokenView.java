package org.chemsafe.identity.internal;

/** The CSRF token a browser sends back in the named header (it is also set as the XSRF-TOKEN cookie). */
record CsrfTokenView(String headerName, String token) {
}
