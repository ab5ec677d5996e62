package se.sspf.casework.domain;

import se.sspf.contracts.Agency;

/** A member of a working or steering group: a user, the agency they sit for, and their part in it. */
public record GroupMember(String ref, Agency agency, GroupRole role) {
}
