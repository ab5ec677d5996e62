package se.sspf.casework.domain;

/** What a participant does in the case. */
public enum ParticipantRole {
    /** Runs the case, invites, keeps minutes (SSPF-koordinator). */
    COORDINATOR,
    /** Follows up the plan and is the family's single point of contact (lots). */
    NAVIGATOR,
    /** Staff of an agency working with the youth. */
    STAFF,
    /** Invited by the family from outside the agencies: no professional duty of confidentiality. */
    INVITED
}
