/** Agencies' subscriptions of their systems, and the signed CloudEvents they receive. */
@NullMarked
package se.sspf.notification.webhook;

import org.jspecify.annotations.NullMarked;
