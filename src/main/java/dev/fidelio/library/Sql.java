package dev.fidelio.library;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * SQL text and its parameters, built in pieces: each {@code ?} of a piece takes the next value. Every query runs
 * through the entity manager, so the statements are counted like all others.
 */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    Sql(String piece, Object... args) {
        add(piece, args);
    }

    Sql add(String piece, Object... args) {
        int next = 0;
        for (int i = 0; i < piece.length(); i++) {
            char ch = piece.charAt(i);
            if (ch == '?') {
                values.add(args[next++]);
                text.append('?').append(values.size());
            } else {
                text.append(ch);
            }
        }
        if (next != args.length) {
            throw new IllegalArgumentException("The piece has " + next + " parameters, not " + args.length + ": " + piece);
        }
        return this;
    }

    Sql add(Condition condition) {
        return add(condition.sql(), condition.args().toArray());
    }

    /** Appends the conditions, the first after WHERE and the others after AND, each in parentheses. */
    Sql where(List<Condition> conditions) {
        for (int i = 0; i < conditions.size(); i++) {
            add(i == 0 ? " WHERE (" : " AND (").add(conditions.get(i)).add(")");
        }
        return this;
    }

    /** The rows, each as an array of its columns (also when there is one column). */
    List<Object[]> rows(EntityManager entityManager) {
        Query query = entityManager.createNativeQuery(text.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        List<?> rows = query.getResultList();
        List<Object[]> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            result.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return result;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
