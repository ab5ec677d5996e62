package se.sspf.notification.domain;

import java.util.UUID;

import se.sspf.contracts.Agency;

/**
 * One message on its way out: the notice it tells, to whom and in which language; what it says is
 * written at each attempt.
 *
 * @param target an e-mail address, or the id of an agency's webhook subscription
 * @param agency the agency of the recipient (whose consent decides whether the youth is named)
 */
public record Delivery(UUID id, Channel channel, String target, Notice notice, Agency agency, Language language,
                       int attempts) {
}
