/**
 * What plan-service's events tell: actions to the responsible, follow-ups to everybody, and reminders of them
 * (PlanEventsListener, PlanNotices, FollowUpReminders).
 */
@NullMarked
package se.sspf.notification.plannews;

import org.jspecify.annotations.NullMarked;
