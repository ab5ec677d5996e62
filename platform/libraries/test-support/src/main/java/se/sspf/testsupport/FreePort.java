package se.sspf.testsupport;

import java.io.IOException;
import java.net.ServerSocket;

/** A port nothing listens on now: for a server a test or harness starts and must know the address of beforehand. */
public final class FreePort {

    private FreePort() {
    }

    public static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
