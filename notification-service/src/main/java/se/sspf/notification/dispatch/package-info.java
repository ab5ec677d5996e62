/** Telling a notice to its audience, once per recipient: the case it needs, and the scans of what comes due. */
@NullMarked
package se.sspf.notification.dispatch;

import org.jspecify.annotations.NullMarked;
