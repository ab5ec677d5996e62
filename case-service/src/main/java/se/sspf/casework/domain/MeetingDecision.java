package se.sspf.casework.domain;

/** A decision taken at a meeting: what, why and who carries it out. */
public record MeetingDecision(String what, String why, String who) {
}
