package se.sspf.consent.domain;

import se.sspf.contracts.Agency;

/** The official who took the signed form (handläggare): name, phone and agency, as on the form. */
public record Handler(String name, String phone, Agency agency) {
}
