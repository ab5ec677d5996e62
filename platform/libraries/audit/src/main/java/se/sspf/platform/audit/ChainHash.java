package se.sspf.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SHA-256 over the previous hash, the entry's place in its chain and every field of the entry, in a fixed order: the
 * link of the chain. The place is the sequence number in the legacy chain and the youth's sequence in a youth's.
 * Each field is length-prefixed, so that no text can move from one field to the next and keep the hash.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String previousHash, long place, UUID entryId, Instant occurredAt, AuditEntry entry) {
        String canonical = Stream.of(previousHash, place, entryId, occurredAt, entry.youthRef(), entry.actor(),
                        entry.agency(), entry.municipality(), entry.action(), entry.resource(), entry.purpose(),
                        entry.legalBasis(), entry.consentId(), entry.consentVersion())
                .map(value -> Objects.toString(value, ""))
                .map(field -> field.length() + ":" + field)
                .collect(Collectors.joining());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
