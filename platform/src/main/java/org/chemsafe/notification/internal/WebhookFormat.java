package org.chemsafe.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body a webhook receives. {@code GENERIC}: the notice as JSON fields. The robot webhooks of the enterprise
 * messengers take a text message: DingTalk and WeCom {@code {"msgtype": "text", "text": {"content": …}}}, Feishu
 * {@code {"msg_type": "text", "content": {"text": …}}} (their documented custom-robot formats; keyword and
 * signature checks are the robot's settings, not the platform's).
 */
enum WebhookFormat {

    GENERIC, DINGTALK, WECOM, FEISHU;

    /** The JSON body as a tree for the notice. */
    Map<String, Object> body(StoredNotice notice) {
        return switch (this) {
            case GENERIC -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("noticeId", notice.id());
                fields.put("enterpriseId", notice.enterpriseId());
                fields.put("kind", notice.kind());
                fields.put("alarmId", notice.alarmId());
                fields.put("severity", notice.severity());
                fields.put("subject", notice.subject());
                fields.put("body", notice.body());
                fields.put("at", notice.at().toString());
                yield fields;
            }
            case DINGTALK, WECOM -> Map.of("msgtype", "text", "text", Map.of("content", notice.text()));
            case FEISHU -> Map.of("msg_type", "text", "content", Map.of("text", notice.text()));
        };
    }
}
