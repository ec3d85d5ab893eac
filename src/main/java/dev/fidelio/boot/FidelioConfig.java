package dev.fidelio.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * Fidelio's own settings. Every key is also an environment variable: {@code fidelio.music-dirs} is
 * {@code FIDELIO_MUSIC_DIRS}. Defaults that depend on the user's home are resolved in application.properties
 * so that the launcher (before Quarkus boots) and the server read exactly the same values.
 */
@ConfigMapping(prefix = "fidelio")
public interface FidelioConfig {

    /** The music folders to index. A missing folder is reported, never fatal. */
    List<@WithConverter(HomePathConverter.class) Path> musicDirs();

    /** Everything the server writes: the embedded database, caches and keys. */
    @WithConverter(HomePathConverter.class)
    Path dataDir();

    /** A folder of tag rules that override or extend the shipped ones (FIDELIO_TAG_RULES). */
    Optional<@WithConverter(HomePathConverter.class) Path> tagRules();

    /**
     * How long after its end a track still shows as playing when nothing else started on that player: room for
     * buffering, pauses and a scrobble that comes late.
     */
    @WithDefault("PT30S")
    Duration nowPlayingGrace();

    Scan scan();

    Admin admin();

    Auth auth();

    Stream stream();

    Subsonic subsonic();

    Upnp upnp();

    interface Upnp {
        /** Whether the UPnP/DLNA media server is announced and answers at all. */
        @WithDefault("true")
        boolean enabled();

        /**
         * The network interfaces (by name, e.g. {@code eth0}) it is announced and answers on. Unset: every interface
         * that is up, except loopback and point-to-point links. Naming {@code lo} is allowed (for tests).
         */
        Optional<List<String>> interfaces();

        /**
         * Which of the servers sharing one database announce the media server: {@code every} one (each its own device,
         * with the UDN of its own data folder), or only the one that scans ({@code scanner}), so that control points
         * see one Fidelio however many servers run; another takes over the announcement with the scanning.
         */
        @WithDefault("every")
        Announce announce();

        /** See {@link #announce()}. */
        enum Announce {
            EVERY,
            SCANNER
        }

        /** The TCP port of its descriptions, control and events; 0 takes a free one (SSDP tells control points which). */
        @WithDefault("0")
        int port();

        /** The name control points show. */
        @WithDefault("Fidelio")
        String friendlyName();

        /**
         * The libraries (music folders, by name or by path) it serves. Unset: all of them, including ones added later.
         */
        Optional<List<String>> libraries();

        /**
         * The indexes under the root, in this order (see {@code dev.fidelio.upnp.Index} for the names): a
         * MinimServer-style choice of which tags the browse tree offers.
         */
        @WithDefault("artists,album-artists,albums,composers,genres,conductors,ensembles,performers,folders,playlists,hi-res,recently-added")
        List<String> indexes();

        /** The file of renderer profiles (see docs/upnp.md); unset, the shipped one. */
        Optional<@WithConverter(HomePathConverter.class) Path> rendererProfiles();
    }

    interface Subsonic {
        /**
         * Subsonic apps (by the name they send as {@code c}) whose parsers know only the Subsonic 1.16.1 schema: they
         * get no OpenSubsonic fields. Compared without regard to case.
         */
        @WithDefault("DSub")
        List<String> legacyClients();
    }

    interface Stream {
        /**
         * Gain the resampler applies, 0 or negative (e.g. -3): room for the inter-sample peaks of loud masters,
         * which are otherwise clamped at full scale.
         */
        @WithDefault("0")
        double resamplerHeadroomDb();

        /**
         * Disk space under the data folder for finished conversions, kept for repeat requests (which then get a
         * length, ranges and seeking); 0 keeps none.
         */
        @WithDefault("2147483648")
        long cacheMaxBytes();

        /** Disk space under the data folder for resized cover art; 0 keeps none (every resize is made again). */
        @WithDefault("536870912")
        long artCacheMaxBytes();
    }

    interface Scan {
        /** Whether a quick scan starts with the server, so that files added while it was down appear. */
        @WithDefault("true")
        boolean onStart();

        /** Files read at once; reading and tag parsing are spread over these threads. 0 means one per CPU core. */
        @WithDefault("0")
        int threads();

        /** Whether changes in the music folders start a quick scan by themselves. */
        @WithDefault("true")
        boolean watch();

        /** How long the folders must be quiet after a change before that scan starts. */
        @WithDefault("PT3S")
        Duration watchQuietPeriod();
    }

    interface Admin {
        /** Name of the first administrator, created when the database has no users. */
        @WithDefault("admin")
        String user();

        /** Password of the first administrator; generated and printed once when absent. */
        Optional<String> password();
    }

    interface Auth {
        /** How long a login session stays valid. */
        @WithDefault("P30D")
        Duration sessionLifetime();

        /** bcrypt cost factor for new password hashes. */
        @WithDefault("12")
        int bcryptCost();

        /** Failed logins allowed per user name and client address before further attempts are refused for a while. */
        @WithDefault("5")
        int maxFailedLogins();

        @WithDefault("PT5M")
        Duration lockout();

        /**
         * How long a signed audio or art URL works, for devices that cannot log in (UPnP renderers, the browser's
         * audio element). A renderer may hold a queue for hours before it asks for a track.
         */
        @WithDefault("PT24H")
        Duration signedUrlLifetime();

        /**
         * Whether an encrypted copy of each password is kept, so that Subsonic apps can log in with a salted token
         * (md5(password + salt) can only be checked against the password itself). Off, no copies are kept, those made
         * are erased at start-up, and token logins are refused: apps use the password or an API key.
         */
        @WithDefault("true")
        boolean recoverablePasswords();

        /**
         * The AES-256 key (32 bytes in base64) that encrypts those copies. Unset, one is made on the first start in
         * {@code keys/password.key} in the data folder. Servers sharing one database must share this key.
         */
        Optional<String> passwordKey();
    }
}
