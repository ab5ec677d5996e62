package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void aSelectorWithMatchersAndARangeInsideFunctionsAndAggregationsIsItsMetricName() {
        assertThat(PromQlMetricNames.of("sum by (namespace, service) (increase(sspf_events_dead_lettered_total"
                + "{topic=~\"sspf\\\\..*\", service!=\"up\"}[10m])) > 0"))
                .containsExactly("sspf_events_dead_lettered_total");
    }

    @Test
    void bothSidesOfABinaryOperationAreNamedAndMatchingClausesAreNot() {
        assertThat(PromQlMetricNames.of("sspf_consent_gate_view_age_seconds > on (pod) group_left (service) "
                + "sspf_consent_gate_view_bound_seconds"))
                .containsExactly("sspf_consent_gate_view_age_seconds", "sspf_consent_gate_view_bound_seconds");
    }

    @Test
    void numbersDurationsOffsetsStringsAndFunctionsAreNoMetrics() {
        assertThat(PromQlMetricNames.of("histogram_quantile(0.99, sum by (le) (rate(x_bucket{a=\"not_a_metric\"}"
                + "[5m] offset 1h))) * 3600 + time() - 1e3 and bool y"))
                .containsExactly("x_bucket", "y");
    }
}
