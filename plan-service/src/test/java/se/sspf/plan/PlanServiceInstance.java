package se.sspf.plan;

import se.sspf.testsupport.InProcessService;

/**
 * A real plan-service beside end-to-end tests: its own database, a fixed port, the test-support
 * broker, a topic prefix, the consent-service its gate asks and the OIDC server whose tokens it
 * trusts (or, with none, the test key's). Published in this module's test jar.
 */
public final class PlanServiceInstance implements AutoCloseable {

    private final InProcessService service;
    private final String consentServiceUrl;

    public PlanServiceInstance(int port, String topicPrefix, String consentServiceUrl, String issuer) {
        this.service = new InProcessService(PlanServiceApplication.class, "plan-service", port, topicPrefix);
        this.consentServiceUrl = consentServiceUrl;
        service.trusting(issuer);
    }

    public void start() {
        service.start("--sspf.consent-gate.consent-service-url=" + consentServiceUrl);
    }

    public void stop() {
        service.close();
    }

    @Override
    public void close() {
        service.close();
    }
}
