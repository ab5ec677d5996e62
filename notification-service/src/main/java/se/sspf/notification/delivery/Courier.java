package se.sspf.notification.delivery;

import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Delivery;
import se.sspf.notification.message.Composed;

/** Carries deliveries of one channel; a delivery that did not arrive throws, and is tried again later. */
public interface Courier {

    Channel channel();

    void deliver(Delivery delivery, Composed message) throws Exception;
}
