package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One SQL condition with its parameters ({@code ?} placeholders, in order). */
record Condition(String sql, List<Object> args) {

    static Condition of(String sql, Object... args) {
        return new Condition(sql, Arrays.asList(args));
    }

    /** All of them, as one condition; TRUE when there are none. */
    static Condition all(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return of("TRUE");
        }
        List<String> sql = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (Condition c : conditions) {
            sql.add("(" + c.sql() + ")");
            args.addAll(c.args());
        }
        return new Condition(String.join(" AND ", sql), args);
    }

    /** {@code EXISTS (<select> AND <these>)}: {@code select} ends in a WHERE clause of its own. */
    static Condition exists(String select, List<Condition> conditions, Object... selectArgs) {
        Condition inner = all(conditions);
        List<Object> args = new ArrayList<>(Arrays.asList(selectArgs));
        args.addAll(inner.args());
        return new Condition("EXISTS (" + select + " AND " + inner.sql() + ")", args);
    }
}
