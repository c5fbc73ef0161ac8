package org.chemsafe;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@OpenAPIDefinition(info = @Info(title = "ChemSafe 危化安全 API", version = "v1",
        description = "Hazardous-chemical safety platform. Browsers use a session and the X-XSRF-TOKEN header; machine clients use Authorization: Bearer <API token>."))
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class) // users live in the identity module
@ConfigurationPropertiesScan
public class ChemSafeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChemSafeApplication.class, args);
    }
}
