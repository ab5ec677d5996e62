package se.sspf.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * One input policy for every service: request bodies are read by {@link StrictRequestJson}, and every String a
 * request binds (body, parameter, path variable, header) is {@link CleanText}. {@link ApiProblemAdvice} answers a
 * refusal with a 400 naming the field or parameter.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class InputPolicyAutoConfiguration {

    /**
     * Swaps the JSON converter the server's converters were given for a strict one, once all of them are chosen:
     * whichever customizer chose it, requests are read strictly and responses written as before.
     */
    @Bean
    ServerHttpMessageConvertersCustomizer strictRequestJson(JsonMapper application) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(
                StrictRequestJson.from(application));
        return converters -> converters.configureMessageConvertersList(list -> list.replaceAll(
                converter -> converter instanceof JacksonJsonHttpMessageConverter ? strict : converter));
    }

    @Bean
    WebMvcConfigurer cleanTextParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(new CleanTextParameters());
            }
        };
    }
}
