/** What case-service's events tell: meeting invitations and closings (CaseEventsListener, CaseNotices). */
@NullMarked
package se.sspf.notification.casenews;

import org.jspecify.annotations.NullMarked;
