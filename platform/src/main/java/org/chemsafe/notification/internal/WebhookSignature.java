package org.chemsafe.notification.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook request signed with the robot's secret (加签), each messenger its documented way, all HMAC-SHA256:
 * <ul>
 * <li>DingTalk: {@code timestamp} (epoch milliseconds) and {@code sign} = URL-encoded Base64 of the HMAC of
 * {@code timestamp + "\n" + secret} keyed with the secret, added to the URL's query;
 * <li>Feishu: {@code timestamp} (epoch seconds) and {@code sign} = Base64 of the HMAC of nothing keyed with
 * {@code timestamp + "\n" + secret}, added to the JSON body;
 * <li>generic JSON: headers {@code X-ChemSafe-Timestamp} (epoch seconds) and {@code X-ChemSafe-Signature} =
 * {@code sha256=} and the hex HMAC of {@code timestamp + "." + body} keyed with the secret;
 * <li>WeCom robots have no signature (a secret is refused when the webhook is saved).
 * </ul>
 * Without a secret the request goes as it is.
 */
final class WebhookSignature {

    static final String TIMESTAMP_HEADER = "X-ChemSafe-Timestamp";
    static final String SIGNATURE_HEADER = "X-ChemSafe-Signature";

    /** What is POSTed: the URL, the JSON text and the extra headers. */
    record SignedRequest(URI url, String body, Map<String, String> headers) {
    }

    private WebhookSignature() {
    }

    static SignedRequest sign(WebhookFormat format, URI url, Map<String, Object> body, @Nullable String secret,
            Instant now, JsonMapper json) {
        if (secret == null || secret.isEmpty()) {
            return new SignedRequest(url, json.writeValueAsString(body), Map.of());
        }
        return switch (format) {
            case DINGTALK -> {
                long timestamp = now.toEpochMilli();
                String sign = Base64.getEncoder().encodeToString(hmac(secret, timestamp + "\n" + secret));
                String query = "timestamp=" + timestamp + "&sign=" + URLEncoder.encode(sign, StandardCharsets.UTF_8);
                String text = url.toString();
                yield new SignedRequest(URI.create(text + (text.contains("?") ? "&" : "?") + query),
                        json.writeValueAsString(body), Map.of());
            }
            case FEISHU -> {
                String timestamp = Long.toString(now.getEpochSecond());
                Map<String, Object> signed = new LinkedHashMap<>();
                signed.put("timestamp", timestamp);
                signed.put("sign", Base64.getEncoder().encodeToString(hmac(timestamp + "\n" + secret, "")));
                signed.putAll(body);
                yield new SignedRequest(url, json.writeValueAsString(signed), Map.of());
            }
            case GENERIC -> {
                String timestamp = Long.toString(now.getEpochSecond());
                String text = json.writeValueAsString(body);
                yield new SignedRequest(url, text, Map.of(TIMESTAMP_HEADER, timestamp, SIGNATURE_HEADER,
                        "sha256=" + HexFormat.of().formatHex(hmac(secret, timestamp + "." + text))));
            }
            case WECOM -> new SignedRequest(url, json.writeValueAsString(body), Map.of());
        };
    }

    private static byte[] hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
