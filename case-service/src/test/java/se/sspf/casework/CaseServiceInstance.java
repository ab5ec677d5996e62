package se.sspf.casework;

import se.sspf.testsupport.InProcessService;
import se.sspf.testsupport.PostgresServer;
import se.sspf.testsupport.RealInfrastructure;

/**
 * A real case-service beside the tests of a service that works on its cases: its own database, a
 * fixed port, the test-support broker, a topic prefix and the consent-service it asks. Published in
 * this module's test jar.
 */
public final class CaseServiceInstance implements AutoCloseable {

    /** A key made for the tests only; production reads SSPF_CASE_IDENTITY_KEY from a secret. */
    private static final String TEST_IDENTITY_KEY = "dGVzdC1vbmx5LWtleS1mb3ItY2FzZS1zZXJ2aWNlLSE=";

    private final InProcessService service;
    private final String consentServiceUrl;

    public CaseServiceInstance(int port, String topicPrefix, String consentServiceUrl) {
        this(port, topicPrefix, consentServiceUrl, RealInfrastructure.get().postgres());
    }

    /** With its database on the given PostgreSQL server. */
    public CaseServiceInstance(int port, String topicPrefix, String consentServiceUrl, PostgresServer postgres) {
        this.service = new InProcessService(CaseServiceApplication.class, "case-service", port, topicPrefix, postgres);
        this.consentServiceUrl = consentServiceUrl;
    }

    public String url() {
        return service.url();
    }

    public static String urlOf(int port) {
        return InProcessService.urlOf(port);
    }

    /** Validates tokens from a real OIDC server (its issuer; keys at /oauth2/jwks) instead of the test key. */
    public CaseServiceInstance trusting(String issuer) {
        service.trusting(issuer);
        return this;
    }

    public void start() {
        service.start("--sspf.consent-gate.consent-service-url=" + consentServiceUrl,
                "--sspf.case.identity-key=" + TEST_IDENTITY_KEY);
    }

    @Override
    public void close() {
        service.close();
    }
}
