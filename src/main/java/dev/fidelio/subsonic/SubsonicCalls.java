package dev.fidelio.subsonic;

import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.fidelio.library.NoSuchItemException;
import dev.fidelio.library.NotAllowedException;
import dev.fidelio.subsonic.response.ClientMode;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.response.ResponseFormat;
import dev.fidelio.subsonic.response.SubsonicError;
import dev.fidelio.web.ApiException;

/**
 * One Subsonic request from parameters to reply: decoding, format and client mode, the method, version check,
 * authentication and authorization, the call. Never throws: whatever goes wrong becomes a Subsonic error, and an
 * unexpected failure is logged here and answered without its details.
 */
@ApplicationScoped
public class SubsonicCalls {

    /** What to write back: a payload, the bytes of a media method, or an error, in a format and mode. */
    record Reply(ResponseFormat format, ClientMode mode, Payload payload, Response media, SubsonicError error) {

        static Reply failed(ResponseFormat format, ClientMode mode, SubsonicException e) {
            return new Reply(format, mode, null, null, e.error());
        }
    }

    /** What the HTTP request adds to its parameters: where it came from, and its headers by name. */
    record Origin(String address, UnaryOperator<String> headers) {
    }

    private static final Logger LOG = Logger.getLogger(SubsonicCalls.class);
    private static final String VIEW_SUFFIX = ".view";

    private final SubsonicMethods methods;
    private final SubsonicAuthenticator authenticator;
    private final ClientModes modes;

    SubsonicCalls(SubsonicMethods methods, SubsonicAuthenticator authenticator, ClientModes modes) {
        this.methods = methods;
        this.authenticator = authenticator;
        this.modes = modes;
    }

    /**
     * @param path the method as it appears after {@code /rest/}, with or without {@code .view}
     * @param query the raw query string, form the raw {@code application/x-www-form-urlencoded} body (either may be null)
     */
    Reply call(String path, String query, String form, Origin origin) {
        Parameters parameters;
        try {
            parameters = Parameters.parse(query, form);
        } catch (SubsonicException e) {
            return Reply.failed(ResponseFormat.XML, ClientMode.OPEN_SUBSONIC, e);
        }
        ClientMode mode = modes.of(parameters.first("c"));
        ResponseFormat format;
        try {
            format = formatOf(parameters);
        } catch (SubsonicException e) {
            // A JSONP client without a usable callback still reads JSON better than XML.
            boolean jsonp = "jsonp".equalsIgnoreCase(parameters.first("f"));
            return Reply.failed(jsonp ? ResponseFormat.JSON : ResponseFormat.XML, mode, e);
        }
        String name = path.endsWith(VIEW_SUFFIX) ? path.substring(0, path.length() - VIEW_SUFFIX.length()) : path;
        try {
            return invoke(name, parameters, format, mode, origin);
        } catch (SubsonicException e) {
            return Reply.failed(format, mode, e);
        } catch (ApiException e) {
            return Reply.failed(format, mode, translated(e));
        } catch (NoSuchItemException e) {
            return Reply.failed(format, mode, SubsonicException.notFound(e.getMessage()));
        } catch (NotAllowedException e) {
            return Reply.failed(format, mode, SubsonicException.notAuthorized(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "The Subsonic method %s failed", SubsonicRequest.shortened(name));
            return Reply.failed(format, mode, new SubsonicException(ErrorCode.GENERIC,
                    "The server could not answer " + SubsonicRequest.shortened(name) + "; its log says why."));
        }
    }

    private Reply invoke(String name, Parameters parameters, ResponseFormat format, ClientMode mode, Origin origin) {
        SubsonicEndpoint method = methods.get(name);
        Caller caller = null;
        if (method.access() != Access.PUBLIC) {
            ProtocolVersion.check(required(parameters, "v"));
            required(parameters, "c");
            caller = authenticator.authenticate(parameters, origin.address());
            if (method.access() == Access.ADMIN && !caller.admin()) {
                throw SubsonicException.notAuthorized(caller.username() + " is not authorized for " + name
                        + ": it is for administrators.");
            }
        }
        SubsonicRequest request = new SubsonicRequest(parameters, caller, mode, origin.headers());
        return method instanceof SubsonicMediaMethod media ? new Reply(format, mode, null, media.serve(request), null)
                : new Reply(format, mode, ((SubsonicMethod) method).handle(request), null, null);
    }

    private static String required(Parameters parameters, String name) {
        String value = parameters.first(name);
        if (value == null || value.isBlank()) {
            throw SubsonicException.missing(name);
        }
        return value;
    }

    private static ResponseFormat formatOf(Parameters parameters) {
        String f = parameters.first("f");
        if (f == null || f.equalsIgnoreCase("xml")) {
            return ResponseFormat.XML;
        }
        if (f.equalsIgnoreCase("json")) {
            return ResponseFormat.JSON;
        }
        if (f.equalsIgnoreCase("jsonp")) {
            try {
                return ResponseFormat.jsonp(required(parameters, "callback"));
            } catch (IllegalArgumentException e) {
                throw SubsonicException.invalid("callback", e.getMessage());
            }
        }
        throw SubsonicException.invalid("f", "must be xml, json or jsonp, not '" + SubsonicRequest.shortened(f) + "'.");
    }

    /** The library's and the accounts' refusals, in Subsonic's terms. */
    private static SubsonicException translated(ApiException e) {
        ErrorCode code = switch (e.status().getStatusCode()) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 403 -> ErrorCode.NOT_AUTHORIZED;
            case 401 -> ErrorCode.WRONG_CREDENTIALS;
            default -> ErrorCode.GENERIC;
        };
        return new SubsonicException(code, e.getMessage());
    }
}
