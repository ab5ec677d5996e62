package se.sspf.platform.consentgate.architecture.bypassing.domain;

import org.springframework.stereotype.Component;

/** A fixture: a domain rule that is a Spring bean. */
@Component
public class RuleThatKnowsSpring {
}
