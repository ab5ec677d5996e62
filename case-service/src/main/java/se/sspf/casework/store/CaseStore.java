package se.sspf.casework.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.casework.domain.SspfCase;

/** Cases in this service's own database. */
@Repository
@RequiredArgsConstructor
public class CaseStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public Optional<StoredCase> find(UUID id) {
        return jdbc.sql("select document, row_version from sspf_case where id = ?").param(id).query(this::stored)
                .optional();
    }

    /** Read for adding to the case (journal, meetings, reports): a concurrent close waits for this transaction. */
    public Optional<StoredCase> findForShare(UUID id) {
        return jdbc.sql("select document, row_version from sspf_case where id = ? for share").param(id)
                .query(this::stored).optional();
    }

    /**
     * The cases of a municipality the user takes part in, newest first; with {@code proposals} also the
     * proposals there still waiting for social services' decision.
     */
    public List<StoredCase> takingPart(String municipality, String ref, boolean proposals, int page, int size) {
        return jdbc.sql("""
                        select document, row_version from sspf_case
                        where municipality = ? and (document -> 'participants' @> ?::jsonb or (? and status =
                            'PROPOSED'))
                        order by document ->> 'proposedAt' desc, id limit ? offset ?""")
                .params(municipality, json.writeValueAsString(List.of(java.util.Map.of("ref", ref))), proposals, size,
                (long) page * size)
                .query(this::stored).list();
    }

    /** Every case of a municipality, for the groups' de-identified overviews and figures. */
    public List<SspfCase> inMunicipality(String municipality) {
        return jdbc.sql("select document from sspf_case where municipality = ?").param(municipality)
                .query((row, n) -> json.readValue(row.getString("document"), SspfCase.class)).list();
    }

    public void insert(SspfCase sspfCase) {
        jdbc.sql("insert into sspf_case (id, municipality, youth_ref, status, row_version, document) values (?, ?, ?, "
                + "?, 1, ?::jsonb)")
                .params(sspfCase.id(), sspfCase.municipality(), sspfCase.youthRef(), sspfCase.status().name(),
                json.writeValueAsString(sspfCase))
                .update();
    }

    /** @return false when somebody else changed the case since it was read */
    public boolean update(SspfCase sspfCase, long expectedRowVersion) {
        return jdbc.sql("update sspf_case set status = ?, row_version = row_version + 1, document = ?::jsonb where id "
                + "= ? and row_version = ?")
                .params(sspfCase.status().name(), json.writeValueAsString(sspfCase), sspfCase.id(), expectedRowVersion)
                .update() == 1;
    }

    private StoredCase stored(ResultSet row, int n) throws SQLException {
        return new StoredCase(json.readValue(row.getString("document"), SspfCase.class), row.getLong("row_version"));
    }
}
