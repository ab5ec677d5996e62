package se.sspf.plan.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.AgencyRecord;
import se.sspf.contracts.InformationCategory;

/**
 * One row of an area in the plan (appendix 3): the goal, what is done (genomförande), by whom and by
 * when. The id stays the same through the plan's versions as long as the row is kept.
 *
 * @param area          the area of the plan, which is also the kind of information a consent names
 * @param step          the order between actions: lower steps come first, equal steps run side by side
 * @param documentation how carrying it out is documented
 */
@AgencyRecord
public record PlanAction(@Nullable UUID id, InformationCategory area, String goal, String actions,
                         Responsible responsible, LocalDate dueOn, int step, String documentation) {
}
