package se.sspf.casework.domain;

/** A member's part in a group: social services' coordinator convenes (calls the meetings); the others take part. */
public enum GroupRole {
    CONVENER,
    MEMBER
}
