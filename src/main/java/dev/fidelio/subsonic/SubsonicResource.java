package dev.fidelio.subsonic;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.fidelio.subsonic.response.ResponseWriter;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code /rest/<method>} and {@code /rest/<method>.view}, by GET or by an {@code application/x-www-form-urlencoded}
 * POST. Open at the HTTP level on purpose: Subsonic apps log in with request parameters, which {@link SubsonicCalls}
 * checks for every method but getOpenSubsonicExtensions, and every answer, refusals included, is a
 * {@code subsonic-response} with HTTP 200, as those apps expect.
 */
@Path("/rest")
@PermitAll
public class SubsonicResource {

    /** Implemented here: parameters may come in a form body as well as in the query. */
    static final OpenSubsonicExtension FORM_POST = OpenSubsonicExtension.of("formPost", 1);

    private static final String FORM = "application/x-www-form-urlencoded";

    private final SubsonicCalls calls;
    private final ResponseWriter writer;

    SubsonicResource(SubsonicCalls calls, @ConfigProperty(name = "quarkus.application.version") String serverVersion) {
        this.calls = calls;
        this.writer = new ResponseWriter(serverVersion);
    }

    @GET
    @Path("{method: .+}")
    public Response get(@PathParam("method") String method, @Context HttpServerRequest request) {
        return respond(calls.call(method, request.query(), null, origin(request)));
    }

    @POST
    @Path("{method: .+}")
    public Response post(@PathParam("method") String method, @Context HttpServerRequest request, String body) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith(FORM);
        return respond(calls.call(method, request.query(), form ? body : null, origin(request)));
    }

    private static SubsonicCalls.Origin origin(HttpServerRequest request) {
        return new SubsonicCalls.Origin(request.remoteAddress().hostAddress(), request::getHeader);
    }

    private Response respond(SubsonicCalls.Reply reply) {
        if (reply.media() != null) {
            return Response.fromResponse(reply.media()).header("Access-Control-Allow-Origin", "*").build();
        }
        StreamingOutput body = out -> {
            if (reply.error() == null) {
                writer.ok(out, reply.format(), reply.mode(), reply.payload());
            } else {
                writer.failed(out, reply.format(), reply.mode(), reply.error());
            }
        };
        // Web players on other sites may call Subsonic too; it needs no cookies, so any origin may read the answers.
        return Response.ok(body, reply.format().mediaType()).header("Access-Control-Allow-Origin", "*").build();
    }
}
