package se.sspf.e2e;

import java.util.Optional;

/**
 * The sweep's table of parameter values: what the writers got for a case, and what a reader asks
 * with. A parameter it does not know leaves the operation unfilled, and the sweep fails until taught.
 */
final class SweepParameters {

    private SweepParameters() {
    }

    /** @param swept the case read, or null for an operation about no one case */
    static Optional<String> valueOf(GetOperation operation, GetOperation.Parameter parameter, SweptCase swept,
            Reader reader) {
        if ("query".equals(parameter.in())) {
            return switch (parameter.name()) {
                case "caseId" -> Optional.ofNullable(swept).map(SweptCase::caseId);
                case "from" -> Optional.of(ConsentForms.TODAY.minusYears(1).toString());
                case "to" -> Optional.of(ConsentForms.TODAY.plusYears(1).toString());
                case "for" -> Optional.of(reader.agency().name());
                default -> Optional.empty();
            };
        }
        if (swept == null) {
            return Optional.empty();
        }
        return switch (parameter.name()) {
            case "caseId" -> Optional.of(swept.caseId());
            case "id" -> operation.path().startsWith("/api/cases/") ? Optional.of(swept.caseId())
                    : operation.path().startsWith("/api/consents/") ? Optional.of(swept.consentId()) : Optional.empty();
            case "groupId" -> Optional.of(swept.groupId());
            case "meetingId" -> Optional.of(operation.path().startsWith("/api/groups/") ? swept.groupMeetingId()
                    : swept.meetingId());
            case "actionId" -> Optional.of(swept.actionId());
            case "version" -> Optional.of("1");
            default -> Optional.empty();
        };
    }
}
