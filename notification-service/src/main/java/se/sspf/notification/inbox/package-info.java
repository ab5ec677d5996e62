/** Each user's in-app inbox, written again with the name as the consent allows when it is read. */
@NullMarked
package se.sspf.notification.inbox;

import org.jspecify.annotations.NullMarked;
