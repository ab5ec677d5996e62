package se.sspf.casework.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.casework.domain.ReportOfConcern;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentgate.Owned;

/** That an agency made a report of concern: the reporting agency's record (category "other"). */
@Repository
@RequiredArgsConstructor
public class ReportStore {

    private final JdbcClient jdbc;

    public void insert(UUID caseId, ReportOfConcern report, String recordedBy, Instant at) {
        jdbc.sql("insert into report_of_concern (id, case_id, agency, made_on, recorded_by, recorded_at) values (?, "
                + "?, ?, ?, ?, ?)")
                .params(report.id(), caseId, report.agency().name(), report.madeOn(), recordedBy, Timestamp.from(at))
                .update();
    }

    public List<Owned<ReportOfConcern>> ofCase(UUID caseId) {
        return jdbc.sql("select id, agency, made_on from report_of_concern where case_id = ? order by made_on, id")
                .param(caseId)
                .query((row, n) -> new ReportOfConcern(row.getObject("id", UUID.class),
                Agency.valueOf(row.getString("agency")),
                        row.getObject("made_on", LocalDate.class)))
                .list().stream()
                .map(report -> Owned.by(report.agency(), InformationCategory.OTHER, report))
                .toList();
    }
}
