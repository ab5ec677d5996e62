/** Messages leaving by e-mail and webhook: the queue worker and the couriers of each channel. */
@NullMarked
package se.sspf.notification.delivery;

import org.jspecify.annotations.NullMarked;
