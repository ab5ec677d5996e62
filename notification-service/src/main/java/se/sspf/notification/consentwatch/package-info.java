/**
 * The consents' ends: each consent's last day watched, warnings before it, and a revocation told
 * (ConsentEventsListener, ConsentWatch, ExpiryWarnings).
 */
@NullMarked
package se.sspf.notification.consentwatch;

import org.jspecify.annotations.NullMarked;
