package dev.fidelio.upnp;

import java.util.Locale;
import java.util.Set;

/** Reads the SearchCriteria grammar of ContentDirectory:1 (section 2.5.5), refusing what it is not. */
final class SearchCriteriaParser {

    private static final int MAX_LENGTH = 8192;
    private static final int MAX_DEPTH = 64;
    private static final Set<String> WORD_OPERATORS = Set.of("contains", "doesnotcontain", "derivedfrom", "startswith", "exists");

    private final String text;
    private int at;
    private int depth;

    SearchCriteriaParser(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("SearchCriteria is longer than " + MAX_LENGTH + " characters");
        }
        this.text = text;
    }

    SearchCriteria parse() {
        skipSpace();
        if (text.strip().equals("*") || text.isBlank()) {
            return new SearchCriteria.All();
        }
        SearchCriteria criteria = or();
        skipSpace();
        if (at < text.length()) {
            throw error("unexpected '" + text.substring(at, Math.min(text.length(), at + 20)) + "'");
        }
        return criteria;
    }

    private SearchCriteria or() {
        SearchCriteria left = and();
        while (keyword("or")) {
            left = new SearchCriteria.Or(left, and());
        }
        return left;
    }

    private SearchCriteria and() {
        SearchCriteria left = primary();
        while (keyword("and")) {
            left = new SearchCriteria.And(left, primary());
        }
        return left;
    }

    private SearchCriteria primary() {
        skipSpace();
        if (at < text.length() && text.charAt(at) == '(') {
            if (++depth > MAX_DEPTH) {
                throw error("brackets nest deeper than " + MAX_DEPTH);
            }
            at++;
            SearchCriteria inner = or();
            skipSpace();
            if (at >= text.length() || text.charAt(at) != ')') {
                throw error("a bracket is not closed");
            }
            at++;
            depth--;
            return inner;
        }
        String property = word();
        if (property.isEmpty()) {
            throw error("a property is missing");
        }
        String operator = operator();
        if (operator.equals("exists")) {
            String value = word().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw error("exists takes true or false");
            }
            return new SearchCriteria.Exists(property.toLowerCase(Locale.ROOT), value.equals("true"));
        }
        return new SearchCriteria.Compare(property.toLowerCase(Locale.ROOT), operator, quoted());
    }

    private String operator() {
        skipSpace();
        for (String symbol : new String[] { "<=", ">=", "!=", "=", "<", ">" }) {
            if (text.startsWith(symbol, at)) {
                at += symbol.length();
                return symbol;
            }
        }
        String word = word().toLowerCase(Locale.ROOT);
        if (!WORD_OPERATORS.contains(word)) {
            throw error("unknown operator '" + word + "'");
        }
        return word;
    }

    private String quoted() {
        skipSpace();
        if (at >= text.length() || text.charAt(at) != '"') {
            throw error("a quoted value is missing");
        }
        StringBuilder value = new StringBuilder();
        for (at++; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length()) {
                value.append(text.charAt(++at));
            } else if (c == '"') {
                at++;
                return value.toString();
            } else {
                value.append(c);
            }
        }
        throw error("a quoted value is not closed");
    }

    private String word() {
        skipSpace();
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "()\"=<>!".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private boolean keyword(String keyword) {
        skipSpace();
        int end = at + keyword.length();
        if (text.regionMatches(true, at, keyword, 0, keyword.length())
                && (end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(')) {
            at = end;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Invalid SearchCriteria at character " + at + ": " + problem);
    }
}
