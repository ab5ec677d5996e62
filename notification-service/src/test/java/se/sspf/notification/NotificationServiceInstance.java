package se.sspf.notification;

import se.sspf.testsupport.InProcessService;

/**
 * A real notification-service beside a benchmark or an end-to-end test: its own database, a fixed port, the
 * test-support broker and a topic prefix; webhooks over plain HTTP to a local receiver, mail to a local host, no
 * case-service to ask for names. Published in this module's test jar.
 */
public final class NotificationServiceInstance implements AutoCloseable {

    private final InProcessService service;

    public NotificationServiceInstance(int port, String topicPrefix) {
        this.service = new InProcessService(NotificationServiceApplication.class, "notification-service", port,
                topicPrefix);
    }

    public String url() {
        return service.url();
    }

    public void start() {
        service.start("--spring.mail.host=127.0.0.1",
                "--sspf.notification.web-url=http://127.0.0.1:8080",
                "--sspf.notification.from=sspf@kommun.example",
                "--sspf.notification.case-service-url=http://127.0.0.1:1",
                "--sspf.notification.reminder-scan-interval=60s",
                "--sspf.notification.webhook.allow-http=true",
                "--sspf.notification.delivery.poll-interval=200ms",
                "--sspf.notification.delivery.max-attempts=10",
                "--sspf.notification.delivery.initial-backoff=2s",
                "--sspf.notification.delivery.timeout=5s",
                "--sspf.notification.delivery.senders=4",
                "--sspf.notification.delivery.claim=10");
    }

    @Override
    public void close() {
        service.close();
    }
}
