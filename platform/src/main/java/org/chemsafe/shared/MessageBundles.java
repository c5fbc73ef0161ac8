package org.chemsafe.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The message source, with the bundles found by convention rather than listed by hand: {@code messages} (the
 * platform's own) and every {@code i18n/<name>.properties} on the class path, so that a module adds its texts by
 * adding its bundle. A bundle's name has no underscore ({@code _en}, {@code _zh_CN} are the languages); files are
 * UTF-8; a message missing in the caller's language falls back to the default bundle (Chinese), never to the
 * server's locale.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String BUNDLES = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames(new PathMatchingResourcePatternResolver()).toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static List<String> basenames(ResourcePatternResolver resolver) {
        TreeSet<String> bundles = new TreeSet<>();
        try {
            for (Resource resource : resolver.getResources(BUNDLES)) {
                String file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    bundles.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot list the message bundles " + BUNDLES, ex);
        }
        List<String> basenames = new ArrayList<>();
        basenames.add("messages");
        basenames.addAll(bundles);
        return basenames;
    }
}
