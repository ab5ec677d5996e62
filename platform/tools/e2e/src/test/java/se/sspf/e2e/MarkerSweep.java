package se.sspf.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import lombok.RequiredArgsConstructor;
import se.sspf.testsupport.ApiClient;

/**
 * Sweep 1: every reader calls every GET operation for every case and every answer is searched for
 * every marker. A marker found where its rules do not allow it is a leak; a marker its rules say the
 * reader sees, found in no answer about its case, is missing. Notifications carry no marker but the
 * youth's name, and that only where the consent covers the recipient and OTHER.
 */
@RequiredArgsConstructor
final class MarkerSweep {

    private final CountedGateway gateway;
    private final List<Marker> markers;
    private final List<String> failures = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> endpoints = new TreeSet<>();
    private long checks;

    /** @param excluded paths not swept, each with the reason why */
    void sweep(List<GetOperation> operations, Map<String, String> excluded, List<SweptCase> cases,
            List<Reader> readers) {
        for (GetOperation operation : operations) {
            if (!excluded.containsKey(operation.path())) {
                endpoints.add(operation.path());
                sweep(operation, operation.aboutOneCase() ? cases : Collections.singletonList(null), readers);
            }
        }
        for (Marker marker : markers) {
            for (Reader reader : readers) {
                checks++;
                if (marker.mustAppearFor(reader) && !seen.contains(reader.user() + marker.text())) {
                    failures.add("MISSING  " + reader + " in " + marker.sweptCase().situation()
                            + " found in no answer about the case "
                            + marker + ", which it may read");
                }
            }
        }
    }

    private void sweep(GetOperation operation, List<SweptCase> about, List<Reader> readers) {
        for (SweptCase swept : about) {
            for (Reader reader : readers) {
                Optional<String> path = operation.filledFrom(parameter ->
                        SweepParameters.valueOf(operation, parameter, swept, reader));
                if (path.isEmpty()) {
                    failures.add("TEACH THE SWEEP  GET " + operation.path() + " has parameters " + operation.names()
                            + " the sweep's table cannot fill (SweepParameters), nor is it excluded with a reason");
                    return;
                }
                search(operation, reader, swept, gateway.get(reader.user(), path.get()));
            }
        }
    }

    private void search(GetOperation operation, Reader reader, SweptCase swept, ApiClient.Response answer) {
        String where = "GET " + operation.path() + " as " + reader + (swept == null ? "" : " in " + swept.situation())
                + " (" + answer.status() + ")";
        for (Marker marker : markers) {
            checks++;
            if (!answer.body().contains(marker.text())) {
                continue;
            }
            if (swept != null && marker.sweptCase() != swept) {
                failures.add("OTHER CASE  " + where + ": " + marker);
            } else if (operation.ofNotificationService() ? !marker.mayBeNotifiedTo(reader)
                    : !marker.mayAppearFor(reader)) {
                failures.add("LEAK  " + where + ": " + marker + consentOf(marker.sweptCase()));
            } else if (swept != null && answer.status() == 200) {
                seen.add(reader.user() + marker.text());
            }
        }
    }

    /** A notification that left the platform (an e-mail, a webhook delivery) searched as the inbox is. */
    void searchNotification(String channel, Reader recipient, String content) {
        for (Marker marker : markers) {
            checks++;
            if (content.contains(marker.text()) && !marker.mayBeNotifiedTo(recipient)) {
                failures.add("LEAK  " + channel + " to " + recipient + ": " + marker + consentOf(marker.sweptCase()));
            }
        }
    }

    private static String consentOf(SweptCase swept) {
        return "; the case's valid consent covers " + (swept.coveredAgencies().isEmpty() ? "nothing"
                : swept.coveredAgencies() + " and " + swept.coveredCategories());
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    int endpoints() {
        return endpoints.size();
    }

    long checks() {
        return checks;
    }
}
