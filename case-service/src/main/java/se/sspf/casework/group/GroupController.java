package se.sspf.casework.group;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.casework.domain.GroupMember;
import se.sspf.casework.domain.GroupRole;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.GroupKind;
import se.sspf.contracts.reference.UserId;
import se.sspf.platform.security.Caller;

@Tag(name = "Groups")
@RestController
@RequestMapping("/api/groups")
@RequiredArgsConstructor
class GroupController {

    private final WorkingGroups groups;

    record NewGroup(@NotNull GroupKind kind, @NotBlank @Size(max = 200) String name,
                    @NotNull @Min(7) @Max(120) Integer meetingIntervalDays,
                    @NotNull @Min(0) @Max(30) Integer registrationDeadlineDays,
                    @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Member> members) {
    }

    record Member(@NotBlank @UserId String ref, @NotNull Agency agency, @NotNull GroupRole role) {
    }

    record Mandate(@NotBlank @Size(max = 5000) String text) {
    }

    @Operation(operationId = "formGroup",
            summary = "Form a working or steering group of the caller's municipality (social services' coordinator)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Group form(Caller caller, @Valid @RequestBody NewGroup group) {
        return groups.form(caller, new WorkingGroups.Formation(group.kind(), group.name(), group.meetingIntervalDays(),
                group.registrationDeadlineDays(), group.members().stream()
                .map(member -> new GroupMember(member.ref(), member.agency(), member.role())).toList()));
    }

    @Operation(operationId = "listGroups",
            summary = "The groups of the caller's municipality the caller is a member of")
    @GetMapping
    List<Group> list(Caller caller) {
        return groups.list(caller);
    }

    @Operation(operationId = "readGroup",
            summary = "A group the caller is a member of, with its meetings soonest first")
    @GetMapping("/{groupId}")
    Group read(Caller caller, @PathVariable UUID groupId) {
        return groups.read(caller, groupId);
    }

    @Operation(operationId = "giveGroupMandate",
            summary = "The steering group gives a working group its mandate")
    @PutMapping("/{groupId}/mandate")
    Group giveMandate(Caller caller, @PathVariable UUID groupId, @Valid @RequestBody Mandate mandate) {
        return groups.giveMandate(caller, groupId, mandate.text());
    }
}
