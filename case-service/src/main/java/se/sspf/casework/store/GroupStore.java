package se.sspf.casework.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.casework.domain.GroupMember;
import se.sspf.casework.domain.GroupRole;
import se.sspf.casework.domain.WorkingGroup;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.GroupKind;

/** A municipality's working and steering groups with their members. */
@Repository
@RequiredArgsConstructor
public class GroupStore {

    private final JdbcClient jdbc;

    public void insert(WorkingGroup group, String createdBy, Instant at) {
        jdbc.sql("""
                        insert into working_group (id, municipality, kind, name, meeting_interval_days,
                            registration_deadline_days, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(group.id(), group.municipality(), group.kind().name(), group.name(),
                        group.meetingIntervalDays(), group.registrationDeadlineDays(), createdBy, Timestamp.from(at))
                .update();
        for (int i = 0; i < group.members().size(); i++) {
            GroupMember member = group.members().get(i);
            jdbc.sql("insert into working_group_member (group_id, ref, agency, role, position) values (?, ?, ?, ?, ?)")
                    .params(group.id(), member.ref(), member.agency().name(), member.role().name(), i).update();
        }
    }

    public Optional<WorkingGroup> find(String municipality, UUID id) {
        return jdbc.sql("select * from working_group where id = ? and municipality = ?").params(id, municipality)
                .query(this::group).optional();
    }

    /** The municipality's groups the user is a member of, by name. */
    public List<WorkingGroup> withMember(String municipality, String ref) {
        return jdbc.sql("""
                        select g.* from working_group g
                        where g.municipality = ?
                          and exists (select 1 from working_group_member m where m.group_id = g.id and m.ref = ?)
                        order by g.name, g.id""")
                .params(municipality, ref).query(this::group).list();
    }

    /** Whether the user sits in the municipality's steering group, which gives the working groups their mandate. */
    public boolean inSteeringGroup(String municipality, String ref) {
        return jdbc.sql("""
                        select count(*) from working_group g join working_group_member m on m.group_id = g.id
                        where g.municipality = ? and g.kind = 'STEERING' and m.ref = ?""")
                .params(municipality, ref).query(Long.class).single() > 0;
    }

    public void giveMandate(UUID id, String mandate, String givenBy, Instant at) {
        jdbc.sql("update working_group set mandate = ?, mandate_given_by = ?, mandate_given_at = ? where id = ?")
                .params(mandate, givenBy, Timestamp.from(at), id).update();
    }

    private WorkingGroup group(ResultSet row, int n) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<GroupMember> members = jdbc.sql("select * from working_group_member where group_id = ? order by position")
                .param(id).query((member, m) -> new GroupMember(member.getString("ref"),
                        Agency.valueOf(member.getString("agency")), GroupRole.valueOf(member.getString("role"))))
                .list();
        return new WorkingGroup(id, row.getString("municipality"), GroupKind.valueOf(row.getString("kind")),
                row.getString("name"), row.getInt("meeting_interval_days"), row.getInt("registration_deadline_days"),
                members, row.getString("mandate"));
    }
}
