package se.sspf.notification.domain;

/** A rendered message: what the subject line and the text say. */
public record Message(String subject, String body) {
}
