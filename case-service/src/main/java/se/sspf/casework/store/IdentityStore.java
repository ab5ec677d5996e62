package se.sspf.casework.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.casework.domain.SealedIdentity;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentgate.Owned;

/** The youth's identity, sealed twice: encrypted at rest, and the record of the agency that attached it (category "other"). */
@Repository
public class IdentityStore {

    private final JdbcClient jdbc;

    public IdentityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Attaches or corrects the identity; only the agency that attached it corrects it.
     *
     * @return false where another agency attached it
     */
    public boolean attach(UUID caseId, SealedIdentity sealed, Agency agency, String by, Instant at) {
        return jdbc.sql("""
                        insert into youth_identity (case_id, key_id, nonce, ciphertext, attached_at, attached_by, attached_agency)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id) do update set key_id = excluded.key_id, nonce = excluded.nonce,
                            ciphertext = excluded.ciphertext, attached_at = excluded.attached_at, attached_by = excluded.attached_by
                        where youth_identity.attached_agency = excluded.attached_agency""")
                .params(caseId, sealed.keyId(), sealed.nonce(), sealed.ciphertext(), Timestamp.from(at), by, agency.name())
                .update() == 1;
    }

    public Optional<Owned<SealedIdentity>> find(UUID caseId) {
        return jdbc.sql("select key_id, nonce, ciphertext, attached_agency from youth_identity where case_id = ?")
                .param(caseId)
                .query((row, n) -> Owned.by(Agency.valueOf(row.getString("attached_agency")), InformationCategory.OTHER,
                        new SealedIdentity(row.getString("key_id"), row.getBytes("nonce"), row.getBytes("ciphertext"))))
                .optional();
    }

    /** A batch of identities sealed under another key than the current one, locked; other instances skip them. */
    public List<Rewrap> sealedUnderAnotherKey(String currentKeyId, int batch) {
        return jdbc.sql("""
                        select case_id, key_id, nonce, ciphertext from youth_identity
                        where key_id <> ? limit ? for update skip locked""")
                .params(currentKeyId, batch)
                .query((row, n) -> new Rewrap(row.getObject("case_id", UUID.class),
                        new SealedIdentity(row.getString("key_id"), row.getBytes("nonce"), row.getBytes("ciphertext"))))
                .list();
    }

    public void reseal(UUID caseId, SealedIdentity again) {
        jdbc.sql("update youth_identity set key_id = ?, nonce = ?, ciphertext = ? where case_id = ?")
                .params(again.keyId(), again.nonce(), again.ciphertext(), caseId)
                .update();
    }

    /** An identity to seal again under the current key. */
    public record Rewrap(UUID caseId, SealedIdentity sealed) {
    }
}
