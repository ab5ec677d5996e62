package se.sspf.contracts.consent;

import se.sspf.contracts.EventData;

/** What consent-service announces of a consent's life, on its consent-events topic. */
public sealed interface ConsentEvent extends EventData
        permits ConsentGiven, ConsentScopeChanged, ConsentRevoked, ConsentTornUp, ConsentExpired, ConsentReconfirmed {
}
