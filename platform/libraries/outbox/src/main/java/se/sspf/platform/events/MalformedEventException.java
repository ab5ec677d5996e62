package se.sspf.platform.events;

/**
 * A message that is not an SSPF CloudEvent of the expected type. Retrying cannot help: it goes to the dead-letter
 * topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
