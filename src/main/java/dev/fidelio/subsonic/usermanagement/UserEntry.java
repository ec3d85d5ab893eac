package dev.fidelio.subsonic.usermanagement;

import java.util.List;

/**
 * An account as Subsonic shows it. Fidelio has no per-feature permissions: the roles say what every account can do
 * here (and what nobody can, such as uploading), and {@code adminRole} who administers.
 */
record UserEntry(String username, boolean scrobblingEnabled, boolean adminRole, boolean settingsRole,
        boolean downloadRole, boolean uploadRole, boolean playlistRole, boolean coverArtRole, boolean commentRole,
        boolean podcastRole, boolean streamRole, boolean jukeboxRole, boolean shareRole, boolean videoConversionRole,
        List<Long> folder) {

    /**
     * @param folders the ids of the music folders the account may see
     */
    static UserEntry of(String username, boolean admin, List<Long> folders) {
        return new UserEntry(username,
                true, // plays are recorded for everyone
                admin,
                true, // everyone may change their own password
                true, // originals may be downloaded
                false, // nothing is uploaded through Subsonic
                true,
                false, // cover art comes from the files
                true, // stars and ratings
                false, // no podcasts
                true,
                false, // no jukebox
                true, // shares with public links
                false, // no video
                folders);
    }
}
