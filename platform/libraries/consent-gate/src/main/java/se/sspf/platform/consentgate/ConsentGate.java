package se.sspf.platform.consentgate;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentrules.ShareQuestion;

/**
 * Ask before sharing: may {@code reader} see information of {@code category} that {@code owner}
 * recorded about the youth, now? Anything but a positive answer is a deny.
 */
public interface ConsentGate {

    GateDecision check(ShareQuestion question);

    default GateDecision check(String municipality, String youthRef, Agency owner, Agency reader,
            InformationCategory category) {
        return check(new ShareQuestion(municipality, youthRef, owner, reader, category));
    }

    /** Keeps what the reader may see, in order; so a service never writes its own loop of checks. */
    default <T> List<T> visible(Collection<T> items, Function<T, ShareQuestion> questionOf) {
        return items.stream().filter(item -> check(questionOf.apply(item)).permitted()).toList();
    }
}
