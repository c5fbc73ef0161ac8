package org.chemsafe.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each messenger's signature checked against OpenSSL's HMAC-SHA256 of the same text, so the test does not share the
 * implementation's code: DingTalk in the query, Feishu in the body, the generic receiver in headers.
 */
class WebhookSignatureTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T03:30:00.123Z");
    private static final String SECRET = "SEC0a1b2c3d4e5f6";
    private static final Map<String, Object> BODY = Map.of("msgtype", "text", "text", Map.of("content", "新报警"));

    @Test
    void dingTalkSignsTheTimestampInTheQuery() throws Exception {
        WebhookSignature.SignedRequest signed = WebhookSignature.sign(WebhookFormat.DINGTALK,
                URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc"), BODY, SECRET, NOW, JSON);
        String query = signed.url().getRawQuery();
        assertThat(query).startsWith("access_token=abc&timestamp=" + NOW.toEpochMilli() + "&sign=");
        String sign = URLDecoder.decode(query.substring(query.indexOf("&sign=") + 6), StandardCharsets.UTF_8);
        assertThat(sign).isEqualTo(openSslBase64(SECRET, NOW.toEpochMilli() + "\n" + SECRET));
        assertThat(signed.body()).isEqualTo(JSON.writeValueAsString(BODY));
        assertThat(signed.headers()).isEmpty();
    }

    @Test
    void feishuSignsWithTheTimestampAndSecretAsTheKeyInTheBody() throws Exception {
        WebhookSignature.SignedRequest signed = WebhookSignature.sign(WebhookFormat.FEISHU,
                URI.create("https://open.feishu.cn/open-apis/bot/v2/hook/xyz"), Map.of("msg_type", "text"), SECRET,
                NOW, JSON);
        String timestamp = Long.toString(NOW.getEpochSecond());
        assertThat(JSON.readTree(signed.body()).path("timestamp").asString()).isEqualTo(timestamp);
        assertThat(JSON.readTree(signed.body()).path("sign").asString())
                .isEqualTo(openSslBase64(timestamp + "\n" + SECRET, ""));
        assertThat(JSON.readTree(signed.body()).path("msg_type").asString()).isEqualTo("text");
        assertThat(signed.url().toString()).isEqualTo("https://open.feishu.cn/open-apis/bot/v2/hook/xyz");
    }

    @Test
    void aGenericReceiverGetsTheBodysSignatureInHeaders() throws Exception {
        WebhookSignature.SignedRequest signed = WebhookSignature.sign(WebhookFormat.GENERIC,
                URI.create("http://example.test/hook"), BODY, SECRET, NOW, JSON);
        String timestamp = Long.toString(NOW.getEpochSecond());
        assertThat(signed.headers()).containsEntry(WebhookSignature.TIMESTAMP_HEADER, timestamp);
        assertThat(signed.headers().get(WebhookSignature.SIGNATURE_HEADER))
                .isEqualTo("sha256=" + openSslHex(SECRET, timestamp + "." + signed.body()));
    }

    @Test
    void withoutASecretTheRequestGoesAsItIs() {
        for (WebhookFormat format : WebhookFormat.values()) {
            WebhookSignature.SignedRequest plain = WebhookSignature.sign(format, URI.create("http://example.test/h"),
                    BODY, null, NOW, JSON);
            assertThat(plain.url().toString()).isEqualTo("http://example.test/h");
            assertThat(plain.headers()).isEmpty();
            assertThat(plain.body()).isEqualTo(JSON.writeValueAsString(BODY));
        }
        assertThat(WebhookSignature.sign(WebhookFormat.WECOM, URI.create("http://example.test/h"), BODY, SECRET, NOW,
                JSON).url().getRawQuery()).as("WeCom robots have no signature").isNull();
    }

    private static String openSslBase64(String key, String data) throws IOException, InterruptedException {
        return java.util.Base64.getEncoder().encodeToString(openSsl(key, data));
    }

    private static String openSslHex(String key, String data) throws IOException, InterruptedException {
        return java.util.HexFormat.of().formatHex(openSsl(key, data));
    }

    private static byte[] openSsl(String key, String data) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-mac", "HMAC", "-macopt", "key:" + key,
                "-binary").start();
        openssl.getOutputStream().write(data.getBytes(StandardCharsets.UTF_8));
        openssl.getOutputStream().close();
        byte[] mac = openssl.getInputStream().readAllBytes();
        assertThat(openssl.waitFor()).as(new String(openssl.getErrorStream().readAllBytes())).isZero();
        return mac;
    }
}
