package se.sspf.e2e;

import se.sspf.contracts.Agency;

/** A demo user who reads in the sweep: the user name to log in with, the agency and the municipality it reads for. */
record Reader(String user, Agency agency, String municipality) {

    static final String OSTERSUND = "2380";

    @Override
    public String toString() {
        return user + " (" + agency + ", " + municipality + ")";
    }
}
