package se.sspf.platform.deadletters;

import java.util.List;

/**
 * What a re-drive did on one dead-letter topic.
 *
 * @param redriven how many of this service's parked records its listeners handled
 * @param failed   the records whose handling failed: each stays parked, with its partition's later records
 */
public record Redriven(long redriven, List<Failure> failed) {

    /**
     * A parked record its listener could not handle, by where it lies on the dead-letter topic, and the type of
     * the exception at the root of the failure: its message could tell what the event is about, the type cannot.
     */
    public record Failure(int partition, long offset, String exception) {
    }
}
