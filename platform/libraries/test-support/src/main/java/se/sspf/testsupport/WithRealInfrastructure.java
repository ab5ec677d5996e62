package se.sspf.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Points a Spring test context at the real servers of {@link RealInfrastructure}, with a database
 * and a topic prefix ({@code sspf.kafka.topic-prefix}) of its own, so that test classes cannot see
 * each other's rows or events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(RealInfrastructureContextCustomizerFactory.class)
public @interface WithRealInfrastructure {
}
