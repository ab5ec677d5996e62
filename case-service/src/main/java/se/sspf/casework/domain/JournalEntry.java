package se.sspf.casework.domain;

import java.time.Instant;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.AgencyRecord;
import se.sspf.contracts.InformationCategory;

/** What an agency recorded about the youth, in a category; others see it only through the consent gate. */
@AgencyRecord
public record JournalEntry(UUID id, UUID caseId, Agency agency, InformationCategory category, String text,
                           String recordedBy, Instant recordedAt) {
}
