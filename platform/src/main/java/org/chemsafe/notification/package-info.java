/**
 * Notification: delivers the alarm centre's notices ({@link org.chemsafe.alarm.AlarmNotice}) to the people they name,
 * by role of the enterprise and by user, on every channel that reaches them (the browser over SSE, e-mail, SMS) and
 * to the enterprise's webhooks (generic JSON and the robot formats of DingTalk, WeCom and Feishu). Each delivery and
 * each attempt is recorded; a failed channel is retried with back-off by its own worker and never holds the alarms.
 */
@ApplicationModule(displayName = "Notification")
@NullMarked
package org.chemsafe.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
