package se.sspf.casework;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.testsupport.ApiClient;

/** Cases brought to ACTIVE as they get there in a municipality: proposed, offered, and consented to. */
final class ActiveCases {

    private ActiveCases() {
    }

    /** A case the proposer proposed, the coordinator offered and consent-service then got a consent for. */
    static String activeCase(ApiClient api, ConsentServiceInstance consentService, String proposer,
            String coordinator) {
        ApiClient.Response proposed = api.post(proposer, "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE")));
        String caseId = proposed.text("id");
        api.post(coordinator, "/api/cases/" + caseId + "/decision", Map.of("offered", true, "reason", "fits"));
        consentService.register(coordinator, UUID.fromString(caseId), proposed.text("youthRef"),
                LocalDate.now(SwedishTime.ZONE).plusMonths(6));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTIVE".equals(api.get(coordinator, "/api/cases/" + caseId).text("status")));
        return caseId;
    }
}
