package org.chemsafe.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class SpaForwardingFilterTests {

    @ParameterizedTest
    @CsvSource({"GET,/login,true", "GET,/system/users,true", "GET,/,false", "GET,/assets/index-abc.js,false",
            "GET,/api/v1/users,false", "GET,/v3/api-docs,false", "GET,/actuator/health,false",
            "GET,/swagger-ui/index.html,false", "POST,/login,false", "GET,/favicon.ico,false"})
    void forwardsOnlyClientRoutes(String method, String path, boolean forwarded) {
        assertThat(SpaForwardingFilter.isClientRoute(new MockHttpServletRequest(method, path))).isEqualTo(forwarded);
    }
}
