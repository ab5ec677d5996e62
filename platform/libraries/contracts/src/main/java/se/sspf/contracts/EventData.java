package se.sspf.contracts;

/**
 * The data of a catalogued event ({@link EventType}): a record of this library, written once to the outbox and
 * read by any service. A service's own changes are told by the sealed family of its aggregate
 * ({@code CaseEvent}, {@code ConsentEvent}, {@code PlanEvent}), so that a switch over them is checked whole.
 */
public interface EventData {
}
