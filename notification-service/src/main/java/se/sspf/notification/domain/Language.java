package se.sspf.notification.domain;

/** The language a user reads messages in; Swedish unless they chose English. */
public enum Language {
    SV,
    EN
}
