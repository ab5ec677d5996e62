/** The notices, audiences and messages: plain Java, no frameworks. */
@NullMarked
package se.sspf.notification.domain;

import org.jspecify.annotations.NullMarked;
