/** notification-service: tells every party what it must know, and nothing it may not. */
@NullMarked
package se.sspf.notification;

import org.jspecify.annotations.NullMarked;
