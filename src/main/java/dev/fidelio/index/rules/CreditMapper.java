package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds one role's credits: names split by the rules, each paired with its sort name and MusicBrainz id. */
final class CreditMapper {

    /** Vorbis and APE write a performer as "Name (instrument)". */
    private static final Pattern NAME_AND_INSTRUMENT = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    private record Name(String name, String instrument) {
    }

    private final ArtistSplitter splitter;
    private final SortNames sortNames;

    CreditMapper(ArtistSplitter splitter, SortNames sortNames) {
        this.splitter = splitter;
        this.sortNames = sortNames;
    }

    List<Credit> credits(CreditRole role, FieldReader reader) {
        Field.CreditFields fields = Field.of(role);
        List<SourceValue> values = reader.values(fields.name());
        if (values.isEmpty()) {
            return List.of();
        }
        List<String> ids = reader.values(fields.id()).stream()
                .flatMap(id -> TagValues.musicBrainzIds(id.text()).stream())
                .toList();
        List<Name> names = names(values, role, ids);
        List<String> sorts = sortNames(reader.values(fields.sort()), names);
        boolean idsPair = ids.size() == names.size();

        List<Credit> credits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Name name = names.get(i);
            String key = name.name().toLowerCase(Locale.ROOT) + '\0'
                    + (name.instrument() == null ? "" : name.instrument().toLowerCase(Locale.ROOT));
            if (seen.add(key)) {
                credits.add(new Credit(name.name(), sorts.get(i), role, name.instrument(), idsPair ? ids.get(i) : null));
            }
        }
        return credits;
    }

    /**
     * Splits each value into names. MusicBrainz ids, when present, count the artists exactly: if there is one id
     * per tag value but splitting would give another count, the values are names that merely contain a separator
     * ("Earth, Wind & Fire" with one id) and stay whole.
     */
    private List<Name> names(List<SourceValue> values, CreditRole role, List<String> ids) {
        List<Name> split = new ArrayList<>();
        for (SourceValue value : values) {
            splitter.split(value.text()).forEach(part -> split.add(name(part, value.qualifier(), role)));
        }
        if (ids.isEmpty() || ids.size() != values.size() || split.size() == values.size()) {
            return split;
        }
        return values.stream().map(value -> name(value.text(), value.qualifier(), role)).toList();
    }

    private static Name name(String text, String qualifier, CreditRole role) {
        if (role == CreditRole.PERFORMER && qualifier == null) {
            Matcher m = NAME_AND_INSTRUMENT.matcher(text);
            if (m.matches()) {
                return new Name(m.group(1).strip(), m.group(2).strip());
            }
        }
        return new Name(text, qualifier);
    }

    /** One sort name per name: from the sort tags when they line up with the names, else derived. */
    private List<String> sortNames(List<SourceValue> sortValues, List<Name> names) {
        List<String> parts = sortValues.stream()
                .flatMap(value -> splitter.splitSortName(value.text()).stream())
                .toList();
        List<String> sorts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (parts.size() == names.size()) {
                sorts.add(parts.get(i));
            } else if (names.size() == 1 && !sortValues.isEmpty()) {
                sorts.add(sortValues.get(0).text());
            } else {
                sorts.add(sortNames.sortName(names.get(i).name()));
            }
        }
        return sorts;
    }
}
