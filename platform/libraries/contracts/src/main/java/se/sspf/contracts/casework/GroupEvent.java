package se.sspf.contracts.casework;

import se.sspf.contracts.EventData;

/**
 * What case-service announces of a working or steering group, on its case-events topic keyed by the group's id: a
 * group is about no one youth, so none of these names one.
 */
public sealed interface GroupEvent extends EventData permits WorkingGroupMeetingScheduled {
}
