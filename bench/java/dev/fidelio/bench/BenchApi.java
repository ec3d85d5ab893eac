package dev.fidelio.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.testsupport.ServerProcess;

/** The few calls a benchmark makes to the server it started: log in as the admin, send JSON, read a field. */
final class BenchApi {

    static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BenchApi() {
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String login(ServerProcess server) throws Exception {
        HttpResponse<String> response = send(server, "POST", "api/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        String token = field(response.body(), "token");
        if (token == null) {
            throw new IllegalStateException("Login failed: " + response.body());
        }
        return token;
    }

    static HttpResponse<String> send(ServerProcess server, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
