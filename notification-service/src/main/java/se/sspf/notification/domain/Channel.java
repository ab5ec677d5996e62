package se.sspf.notification.domain;

/** The ways a message leaves this service; the in-app inbox is not one: it is written at once. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
