package dev.fidelio.index.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything one kind of statement defined, by identity (a field's name, a separator's text, a pattern's name), in
 * the order first defined. The user's folder replaces a default with the same identity in place; defining the same
 * identity twice within one folder is a mistake and reported.
 */
final class Definitions<T> {

    private record Definition<T>(T value, int layer, String where) {
    }

    private final String statement;
    private final UnaryOperator<String> identity;
    private final Map<String, Definition<T>> byIdentity = new LinkedHashMap<>();

    /** @param identity maps what a statement names to the key that decides "the same" (case folding) */
    Definitions(String statement, UnaryOperator<String> identity) {
        this.statement = statement;
        this.identity = identity;
    }

    String statement() {
        return statement;
    }

    void define(String name, T value, RuleLine line) throws RuleText.Invalid {
        String id = identity.apply(name);
        Definition<T> existing = byIdentity.get(id);
        if (existing != null && existing.layer() == line.layer()) {
            throw new RuleText.Invalid(describe(name) + " is already defined at " + existing.where());
        }
        byIdentity.put(id, new Definition<>(value, line.layer(), line.where()));
    }

    /** Changes an existing definition (for {@code +=}), or defines {@code initial} when there is none. */
    void update(String name, T initial, UnaryOperator<T> change, RuleLine line) {
        String id = identity.apply(name);
        Definition<T> existing = byIdentity.get(id);
        byIdentity.put(id, existing == null
                ? new Definition<>(initial, line.layer(), line.where())
                : new Definition<>(change.apply(existing.value()), existing.layer(), existing.where()));
    }

    void remove(String name) throws RuleText.Invalid {
        if (byIdentity.remove(identity.apply(name)) == null) {
            throw new RuleText.Invalid("nothing to remove: no " + describe(name) + " is defined");
        }
    }

    List<T> values() {
        return byIdentity.values().stream().map(Definition::value).toList();
    }

    Optional<T> get(String name) {
        return Optional.ofNullable(byIdentity.get(identity.apply(name))).map(Definition::value);
    }

    Optional<String> firstWhere() {
        return byIdentity.values().stream().map(Definition::where).findFirst();
    }

    private String describe(String name) {
        return name.isEmpty() ? statement : statement + " '" + name + "'";
    }
}
