package se.sspf.images;

import java.util.Locale;

/** The six applications that run as containers, each with the port it listens on by default (SSPF_PORT). */
enum Application {
    IDENTITY_SERVER(9000),
    CONSENT_SERVICE(8081),
    CASE_SERVICE(8082),
    PLAN_SERVICE(8083),
    NOTIFICATION_SERVICE(8084),
    GATEWAY(8080);

    private final int port;

    Application(int port) {
        this.port = port;
    }

    /** The Maven artifact and the image's name: consent-service, gateway, … */
    String artifact() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    int port() {
        return port;
    }

    String image(String tag) {
        return "sspf/" + artifact() + ":" + tag;
    }
}
