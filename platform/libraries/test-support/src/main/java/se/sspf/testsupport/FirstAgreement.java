package se.sspf.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * plan-service learns of a case from case-service's events, one at a time: a case's first plan can be agreed once
 * it has heard of the case (404 before) and of its activation (409 case-not-active before).
 */
public final class FirstAgreement {

    private FirstAgreement() {
    }

    /** @param agreement the coordinator's request to agree the plan, sent again until the case is active */
    public static ApiClient.Response onceTheCaseIsActive(Supplier<ApiClient.Response> agreement) {
        ApiClient.Response[] agreed = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            agreed[0] = agreement.get();
            return agreed[0].status() != 404 && !agreed[0].body().contains("/problems/case-not-active");
        });
        return agreed[0];
    }
}
