package org.chemsafe.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** POSTs a JSON body with the settings' timeout; an answer outside 2xx is a failure naming its status. */
@Component
class JsonPoster {

    private final HttpClient client;
    private final JsonMapper json;
    private final NotificationSettings settings;

    JsonPoster(JsonMapper json, NotificationSettings settings) {
        this.client = HttpClient.newBuilder().connectTimeout(settings.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.json = json;
        this.settings = settings;
    }

    /** POSTs the body as JSON, with a bearer token if one is given. */
    void post(URI url, Object body, @Nullable String bearer) throws IOException, InterruptedException {
        send(url, json.writeValueAsString(body),
                bearer == null ? Map.of() : Map.of("Authorization", "Bearer " + bearer));
    }

    /** POSTs JSON text as it is (a signed body must go byte for byte) with the headers. */
    void send(URI url, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.httpTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            String text = answer.body();
            throw new IOException("HTTP " + answer.statusCode()
                    + (text.isBlank() ? "" : ": " + text.substring(0, Math.min(text.length(), 200))));
        }
    }
}
