package se.sspf.casework.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.casework.domain.SspfCase;

/** Cases in this service's own database. */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<StoredCase> find(UUID id) {
        return jdbc.sql("select document, row_version from sspf_case where id = ?").param(id).query(this::stored).optional();
    }

    /** Read for adding to the case (journal, meetings, reports): a concurrent close waits for this transaction. */
    public Optional<StoredCase> findForShare(UUID id) {
        return jdbc.sql("select document, row_version from sspf_case where id = ? for share").param(id).query(this::stored).optional();
    }

    public void insert(SspfCase sspfCase) {
        jdbc.sql("insert into sspf_case (id, municipality, youth_ref, status, row_version, document) values (?, ?, ?, ?, 1, ?::jsonb)")
                .params(sspfCase.id(), sspfCase.municipality(), sspfCase.youthRef(), sspfCase.status().name(), json.writeValueAsString(sspfCase))
                .update();
    }

    /** @return false when somebody else changed the case since it was read */
    public boolean update(SspfCase sspfCase, long expectedRowVersion) {
        return jdbc.sql("update sspf_case set status = ?, row_version = row_version + 1, document = ?::jsonb where id = ? and row_version = ?")
                .params(sspfCase.status().name(), json.writeValueAsString(sspfCase), sspfCase.id(), expectedRowVersion)
                .update() == 1;
    }

    private StoredCase stored(ResultSet row, int n) throws SQLException {
        return new StoredCase(json.readValue(row.getString("document"), SspfCase.class), row.getLong("row_version"));
    }
}
