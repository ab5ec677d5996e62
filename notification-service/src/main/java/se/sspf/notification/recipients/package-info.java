/** Each user's own settings: e-mail address and language. */
@NullMarked
package se.sspf.notification.recipients;

import org.jspecify.annotations.NullMarked;
