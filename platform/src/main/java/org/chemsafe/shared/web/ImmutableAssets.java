package org.chemsafe.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web build names every file under {@code /assets/} after a hash of its content, so a browser may keep it for a
 * year without asking again ({@code immutable}). Everything else the web app consists of ({@code index.html}, which
 * names the current assets, the icon) is revalidated on every use: {@code spring.web.resources.cache.cachecontrol}
 * in application.yml. Both set {@code Cache-Control} themselves, so Spring Security's {@code no-store} default only
 * applies where nothing else decides (the API).
 */
@Configuration(proxyBeanMethods = false)
class ImmutableAssets implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/META-INF/resources/assets/";
    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(LOCATION).setCacheControl(FOREVER);
    }
}
