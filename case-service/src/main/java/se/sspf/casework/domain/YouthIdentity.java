package se.sspf.casework.domain;

/** Who the youth is. Kept only in case-service, encrypted at rest, and it never prints itself. */
public record YouthIdentity(String name, PersonalIdentityNumber number) {

    @Override
    public String toString() {
        return "YouthIdentity[hidden]";
    }
}
