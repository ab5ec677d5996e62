package se.sspf.contracts.plan;

import java.time.LocalDate;
import java.util.UUID;

import se.sspf.contracts.Agency;

/** What the events about one action (assigned, due soon, overdue) all say. */
public interface ActionNews {

    UUID caseId();

    String municipality();

    UUID actionId();

    Agency responsibleAgency();

    String responsibleRef();

    LocalDate dueOn();
}
