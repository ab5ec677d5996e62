package se.sspf.images;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * {@code Healthcheck PORT PATH}: exits 0 when http://127.0.0.1:PORT/PATH answers 200. The images have no shell and
 * no curl, so a container's healthcheck runs this class with the image's own java.
 */
public final class Healthcheck {

    private static final int TIMEOUT_MILLIS = 3_000;

    private Healthcheck() {
    }

    public static void main(String[] args) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + args[0] + args[1])
                    .toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            System.exit(connection.getResponseCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
