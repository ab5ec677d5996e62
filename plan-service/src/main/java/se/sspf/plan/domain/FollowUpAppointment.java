package se.sspf.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import se.sspf.contracts.time.SwedishTime;

/** When and where the plan is next followed up, as the family reads it: a Swedish date, a time and a place. */
public record FollowUpAppointment(LocalDate date, LocalTime time, String place) {

    public Instant at() {
        return date.atTime(time).atZone(SwedishTime.ZONE).toInstant();
    }
}
