package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression from a {@code *-pattern} statement; the name lets user rules replace or remove it. Its group
 * names are found once, when it is made: the indexer asks for them for every file.
 */
record NamedPattern(String name, Pattern pattern, List<String> groupNames) {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    NamedPattern(String name, Pattern pattern) {
        this(name, pattern, groupNamesOf(pattern));
    }

    boolean hasGroup(String group) {
        return groupNames.contains(group);
    }

    private static List<String> groupNamesOf(Pattern pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(pattern.pattern());
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }
}
