package se.sspf.platform.consentgate.architecture.bypassing;

import se.sspf.consent.ConsentServiceApplication;

/** A fixture: code that uses another service's classes instead of its events or API. */
public class ReachesIntoAService {

    public Class<?> theOtherService() {
        return ConsentServiceApplication.class;
    }
}
