package se.sspf.casework.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.casework.domain.SealedIdentity;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentgate.Owned;

/**
 * The youth's identity, sealed twice: encrypted at rest, and the record of the agency that attached it (category
 * "other").
 */
@Repository
@RequiredArgsConstructor
public class IdentityStore {

    private final JdbcClient jdbc;

    /**
     * Attaches or corrects the identity; only the agency that attached it corrects it.
     *
     * @return false where another agency attached it
     */
    public boolean attach(UUID caseId, SealedIdentity sealed, Agency agency, String by, Instant at) {
        return jdbc.sql("""
                        insert into youth_identity (case_id, key_id, nonce, ciphertext, attached_at, attached_by,
                            attached_agency)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id) do update set key_id = excluded.key_id, nonce = excluded.nonce,
                            ciphertext = excluded.ciphertext, attached_at = excluded.attached_at,
                                attached_by = excluded.attached_by
                        where youth_identity.attached_agency = excluded.attached_agency""")
                .params(caseId, sealed.keyId(), sealed.nonce(), sealed.ciphertext(), Timestamp.from(at), by,
                agency.name())
                .update() == 1;
    }

    public Optional<Owned<SealedIdentity>> find(UUID caseId) {
        return jdbc.sql("select key_id, nonce, ciphertext, attached_agency from youth_identity where case_id = ?")
                .param(caseId)
                .query((row, n) -> Owned.by(Agency.valueOf(row.getString("attached_agency")), InformationCategory.OTHER,
                        new SealedIdentity(row.getString("key_id"), row.getBytes("nonce"), row.getBytes("ciphertext"))))
                .optional();
    }

    /**
     * Seals a batch of identities under another key than the current one again, locked so that other instances
     * skip them; the identities never leave the store.
     *
     * @return how many were sealed again
     */
    public int resealUnderTheCurrentKey(String currentKeyId, int batch,
                                        BiFunction<UUID, SealedIdentity, SealedIdentity> reseal) {
        List<Map.Entry<UUID, SealedIdentity>> rows = jdbc.sql("""
                        select case_id, key_id, nonce, ciphertext from youth_identity
                        where key_id <> ? limit ? for update skip locked""")
                .params(currentKeyId, batch)
                .query((row, n) -> Map.entry(row.getObject("case_id", UUID.class),
                        new SealedIdentity(row.getString("key_id"), row.getBytes("nonce"), row.getBytes("ciphertext"))))
                .list();
        for (Map.Entry<UUID, SealedIdentity> row : rows) {
            SealedIdentity again = reseal.apply(row.getKey(), row.getValue());
            jdbc.sql("update youth_identity set key_id = ?, nonce = ?, ciphertext = ? where case_id = ?")
                    .params(again.keyId(), again.nonce(), again.ciphertext(), row.getKey())
                    .update();
        }
        return rows.size();
    }
}
