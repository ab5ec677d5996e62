package se.sspf.platform.consentgate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/**
 * A record an agency keeps about a youth, sealed: what it holds opens only through {@link GatedReads},
 * which asks the consent gate for the reader and audits what it discloses. Stores hand records out in
 * this form, so a read path that forgets the gate has nothing it could put in a response.
 *
 * <p>A record may have several owners: a plan row that the plan's author wrote for another agency to
 * carry out is shared only where the consent covers both.
 */
public final class Owned<T> {

    private final Set<Agency> owners;
    private final InformationCategory category;
    private final T content;

    private Owned(Set<Agency> owners, InformationCategory category, T content) {
        this.owners = Set.copyOf(owners);
        this.category = Objects.requireNonNull(category, "category");
        this.content = Objects.requireNonNull(content, "content");
    }

    public static <T> Owned<T> by(Agency owner, InformationCategory category, T content) {
        return new Owned<>(EnumSet.of(owner), category, content);
    }

    /** A record two agencies answer for: each of them sees it, another reader only where both are covered. */
    public static <T> Owned<T> jointly(Agency owner, Agency coOwner, InformationCategory category, T content) {
        return new Owned<>(EnumSet.of(owner, coOwner), category, content);
    }

    public Set<Agency> owners() {
        return owners;
    }

    public InformationCategory category() {
        return category;
    }

    /** Only the gate opens a record. */
    T content() {
        return content;
    }
}
