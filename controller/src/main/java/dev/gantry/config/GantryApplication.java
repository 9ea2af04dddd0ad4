package dev.gantry.config;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/** The Spring Boot application behind {@code gantry serve}; nothing is component-scanned, everything is wired in {@link ServeWiring}. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigurationProperties(GantryProperties.class)
@Import(ServeWiring.class)
public class GantryApplication {
}
