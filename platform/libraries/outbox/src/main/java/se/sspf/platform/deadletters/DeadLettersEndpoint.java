package se.sspf.platform.deadletters;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters}: GET tells, per dead-letter topic, how many records this service parked
 * and has not re-driven; POST hands them to the listeners that parked them and tells, per dead-letter topic, how
 * many were handled and which failed again (each stays parked, with its partition's later records). Re-drive once
 * the cause of the failures is fixed.
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
    public Map<String, Redriven> redrive() {
        return parked.redrive();
    }
}
