package dev.fidelio.library.search;

/**
 * A query as the words it is searched by (see {@link SearchWords}). A query without a letter or a digit (empty,
 * only spaces or punctuation) asks for everything, which is how clients that copy the whole library page through it.
 */
record SearchQuery(String words) {

    static final int MAX_CHARACTERS = 200;
    static final int MAX_WORDS = 16;

    static SearchQuery of(String text) {
        if (text == null) {
            return new SearchQuery("");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidSearchException("A search is at most " + MAX_CHARACTERS + " characters long; this one has "
                    + text.length() + ".");
        }
        String words = SearchWords.of(text);
        int count = SearchWords.split(words).size();
        if (count > MAX_WORDS) {
            throw new InvalidSearchException("A search has at most " + MAX_WORDS + " different words; this one has " + count + ".");
        }
        return new SearchQuery(words);
    }

    boolean everything() {
        return words.isEmpty();
    }
}
