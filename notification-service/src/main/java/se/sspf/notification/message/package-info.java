/** Writing a message for one agency's people, and asking case-service for the youth's name: only here. */
@NullMarked
package se.sspf.notification.message;

import org.jspecify.annotations.NullMarked;
