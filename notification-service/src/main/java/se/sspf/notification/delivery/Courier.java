package se.sspf.notification.delivery;

import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Delivery;
import se.sspf.notification.message.Composed;

/** Carries deliveries of one channel; a delivery that did not arrive throws, and is tried again later. */
public interface Courier {

    Channel channel();

    void deliver(Delivery delivery, Composed message) throws Exception;

    /** A test ping ({@code NoticeKind.PING}) is about no case: there is nothing to compose. */
    default void deliverPing(Delivery delivery) throws Exception {
        throw new IllegalStateException(channel() + " carries no test ping");
    }
}
