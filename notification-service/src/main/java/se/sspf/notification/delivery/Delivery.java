package se.sspf.notification.delivery;

import java.util.UUID;

/**
 * One message on its way out.
 *
 * @param target an e-mail address, or the id of an agency's webhook subscription
 */
public record Delivery(UUID id, Channel channel, String target, String subject, String payload, int attempts) {
}
