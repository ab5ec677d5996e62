package se.sspf.platform.caseview;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.Agency;

/**
 * The cases as case-service's events told them; kept by {@link CaseEventsListener}. Tables in the schema {@code
 * sspf_caseview}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseRecords {

    private final JdbcClient jdbc;

    public Optional<CaseRecord> find(UUID caseId) {
        return jdbc.sql("select case_id, municipality, case_code, youth_ref, status from sspf_caseview.case_record "
                + "where case_id = ?")
                .param(caseId)
                .query((row, n) -> new CaseRecord(caseId, row.getString("municipality"), row.getString("case_code"),
                        row.getString("youth_ref"), CaseRecord.Status.valueOf(row.getString("status")),
                        members(caseId)))
                .optional();
    }

    /** The cases of a municipality that the user takes part in. */
    public List<UUID> casesOf(String municipality, String ref) {
        return jdbc.sql("select c.case_id from sspf_caseview.case_record c join sspf_caseview.case_member m on "
                + "m.case_id = c.case_id where c.municipality = ? and m.ref = ?")
                .params(municipality, ref)
                .query(UUID.class)
                .list();
    }

    void proposed(UUID caseId, String municipality, String caseCode, String youthRef) {
        jdbc.sql("insert into sspf_caseview.case_record (case_id, municipality, case_code, youth_ref, status) values "
                + "(?, ?, ?, ?, 'PROPOSED') on conflict do nothing")
                .params(caseId, municipality, caseCode, youthRef)
                .update();
    }

    void joined(UUID caseId, CaseMember member) {
        jdbc.sql("""
                insert into sspf_caseview.case_member (case_id, ref, agency, role) select case_id, ?, ?,
                    ? from sspf_caseview.case_record where case_id = ?
                on conflict (case_id, ref) do update set agency = excluded.agency, role = excluded.role""")
                .params(member.ref(), member.agency() == null ? null : member.agency().name(), member.role(), caseId)
                .update();
    }

    void moved(UUID caseId, CaseRecord.Status status) {
        // A closed or declined case stays so; an activation may overtake nothing, as one youth's events come in order.
        jdbc.sql("update sspf_caseview.case_record set status = ? where case_id = ? and status not in ('CLOSED', "
                + "'DECLINED')")
                .params(status.name(), caseId).update();
    }

    private List<CaseMember> members(UUID caseId) {
        return jdbc.sql("select ref, agency, role from sspf_caseview.case_member where case_id = ? order by ref")
                .param(caseId)
                .query((row, n) -> new CaseMember(row.getString("ref"),
                        row.getString("agency") == null ? null : Agency.valueOf(row.getString("agency")),
                        row.getString("role")))
                .list();
    }
}
