package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import dev.fidelio.subsonic.response.Payload;

/** How methods register the extensions they implement, without the server. */
class OpenSubsonicExtensionsTest {

    @Test
    void theProtocolsAndTheMethodsExtensionsAreListedOnceEachByName() {
        SubsonicMethods methods = new SubsonicMethods(List.of(
                method("getLyricsBySongId", OpenSubsonicExtension.of("songLyrics", 1)),
                method("getPlayQueueByIndex", OpenSubsonicExtension.of("indexBasedQueue", 1)),
                method("savePlayQueueByIndex", OpenSubsonicExtension.of("indexBasedQueue", 2, 1)),
                method("ping")), List.of(mediaMethod("stream", OpenSubsonicExtension.of("transcodeOffset", 1))));

        assertThat(new OpenSubsonicExtensions(methods).supported()).containsExactly(
                OpenSubsonicExtension.of("apiKeyAuthentication", 1),
                OpenSubsonicExtension.of("formPost", 1),
                OpenSubsonicExtension.of("indexBasedQueue", 1, 2),
                OpenSubsonicExtension.of("songLyrics", 1),
                OpenSubsonicExtension.of("transcodeOffset", 1));
    }

    @Test
    void twoClassesCannotAnswerOneMethod() {
        assertThatThrownBy(() -> new SubsonicMethods(List.of(method("ping")), List.of(mediaMethod("ping"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ping");
    }

    private static SubsonicMediaMethod mediaMethod(String name, OpenSubsonicExtension... extensions) {
        return new SubsonicMediaMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<OpenSubsonicExtension> extensions() {
                return List.of(extensions);
            }

            @Override
            public Response serve(SubsonicRequest request) {
                return Response.noContent().build();
            }
        };
    }

    private static SubsonicMethod method(String name, OpenSubsonicExtension... extensions) {
        return new SubsonicMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<OpenSubsonicExtension> extensions() {
                return List.of(extensions);
            }

            @Override
            public Payload handle(SubsonicRequest request) {
                return Payload.EMPTY;
            }
        };
    }
}
