package org.chemsafe.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;

import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Without the font a print is a 503 whose detail names the Debian package to install. */
class CjkFontTests {

    @Test
    void aMissingFontIsServiceUnavailableNamingThePackage() {
        CjkFont font = new CjkFont(Path.of("/nonexistent/wqy-microhei.ttc"));
        assertThatThrownBy(font::open).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
            assertThat(problem.type().status().value()).isEqualTo(503);
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("i18n/pdf");
            messages.setDefaultEncoding("UTF-8");
            assertThat(messages.getMessage(problem.detailKey(), problem.detailArgs(), Locale.SIMPLIFIED_CHINESE))
                    .contains("fonts-wqy-microhei", "/nonexistent/wqy-microhei.ttc");
            assertThat(messages.getMessage(problem.detailKey(), problem.detailArgs(), Locale.ENGLISH))
                    .contains("install the Debian package fonts-wqy-microhei");
        });
    }
}
