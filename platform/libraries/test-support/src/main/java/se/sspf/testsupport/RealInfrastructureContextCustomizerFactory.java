package se.sspf.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/** Gives each test class annotated {@link WithRealInfrastructure} its own database and topics. */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        boolean annotated = MergedAnnotations.search(MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .withEnclosingClasses(type -> true)
                .from(testClass)
                .isPresent(WithRealInfrastructure.class);
        return annotated ? new RealInfrastructureContextCustomizer(testClass) : null;
    }

    /** Equal only for the same test class: that is what keeps one class's data from another's. */
    private record RealInfrastructureContextCustomizer(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            RealInfrastructure servers = RealInfrastructure.get();
            TestDatabase database = servers.postgres().createDatabase(testClass.getSimpleName());
            String topicPrefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("sspfRealInfrastructure", Map.of(
                    "spring.datasource.url", database.jdbcUrl(),
                    "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password(),
                    "spring.kafka.bootstrap-servers", servers.kafka().bootstrapServers(),
                    "sspf.kafka.topic-prefix", topicPrefix)));
            if (ClassUtils.isPresent("se.sspf.platform.security.CallerClaims", context.getClassLoader())) {
                // Services under test trust the tokens of TestTokens; everything else about validation is production's.
                context.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder());
            }
        }
    }
}
