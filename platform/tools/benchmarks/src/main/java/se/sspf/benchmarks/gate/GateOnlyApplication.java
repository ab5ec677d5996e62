package se.sspf.benchmarks.gate;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A data-holding service reduced to its consent gate, for the propagation harness. */
@SpringBootApplication
public class GateOnlyApplication {
}
