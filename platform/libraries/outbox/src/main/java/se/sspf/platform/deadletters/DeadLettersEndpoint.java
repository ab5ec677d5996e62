package se.sspf.platform.deadletters;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters}: GET tells, per dead-letter topic, how many records this service parked
 * and has not re-driven; POST re-drives them to the topics they came from and tells how many went.
 * Re-drive once the cause of the failures is fixed, or the records come straight back.
 */
@Endpoint(id = "deadletters")
@RequiredArgsConstructor
public class DeadLettersEndpoint {

    private final ParkedEvents parked;

    @ReadOperation
    public Map<String, Long> parked() {
        return parked.notRedriven();
    }

    @WriteOperation
    public Map<String, Long> redrive() {
        return parked.redrive();
    }
}
