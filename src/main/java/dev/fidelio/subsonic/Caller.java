package dev.fidelio.subsonic;

/**
 * The account a request was made by, checked. {@code userId} is what the library's services take, e.g.
 * {@code LibraryAccess.of(userId)} for the music folders the caller may see.
 */
public record Caller(long userId, String username, boolean admin, Scheme scheme) {

    /** How the caller proved who they are. */
    public enum Scheme {
        /** {@code u} and {@code p}. */
        PASSWORD,
        /** {@code u}, {@code t} and {@code s}. */
        TOKEN,
        /** OpenSubsonic {@code apiKey}. */
        API_KEY
    }

    /** Whether the caller may act on {@code username}'s account: it is their own, or they are an administrator. */
    public boolean mayManage(String username) {
        return admin || this.username.equalsIgnoreCase(username);
    }
}
