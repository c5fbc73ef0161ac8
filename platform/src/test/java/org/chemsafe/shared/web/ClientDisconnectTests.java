package org.chemsafe.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** A client that disconnects mid-answer is not a fault of ours: no ERROR, no stack trace, nothing written back. */
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectTests {

    private final ProblemHandler handler = new ProblemHandler(new Problems(new StaticMessageSource()));

    @Test
    void aBrokenPipeIsNotLoggedAsAnError(CapturedOutput output) throws Exception {
        ClientAbortException abort = new ClientAbortException(new IOException("Broken pipe"));
        assertThat(handler.handleUnexpected(abort)).isNull();
        assertThat(handler.handleException(new HttpMessageNotWritableException("Could not write JSON", abort),
                new ServletWebRequest(new MockHttpServletRequest()))).isNull();
        assertThat(output).doesNotContain("ERROR").doesNotContain("Broken pipe");
    }

    @Test
    void aRealFaultStillIs(CapturedOutput output) {
        assertThat(handler.handleUnexpected(new IllegalStateException("boom")).getStatusCode().value()).isEqualTo(500);
        assertThat(output).contains("ERROR").contains("Unexpected error").contains("boom");
    }
}
