package se.sspf.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the problem+json advices for services that use the web edge. */
@Configuration(proxyBeanMethods = false)
public class ApiProblemAdviceRegistration {

    @Bean
    ApiProblemAdvice apiProblemAdvice() {
        return new ApiProblemAdvice();
    }

    @Bean
    DatabaseFaultAdvice databaseFaultAdvice() {
        return new DatabaseFaultAdvice();
    }
}
