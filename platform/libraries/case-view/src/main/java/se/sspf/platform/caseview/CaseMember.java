package se.sspf.platform.caseview;

import se.sspf.contracts.Agency;

/** A participant of the case as case-service announced it; an invited person has no agency. */
public record CaseMember(String ref, Agency agency, String role) {

    public boolean coordinator() {
        return "COORDINATOR".equals(role);
    }
}
