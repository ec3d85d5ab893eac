package dev.fidelio.subsonic.response;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * How a response record is written: its components in declaration order, each an attribute, a child element or the
 * text, with the components of {@link Inline} records in their place. Worked out once per record type.
 */
final class RecordShape {

    enum Kind {
        /** A single value: an XML attribute, a JSON property. */
        ATTRIBUTE,
        /** A record, a list, or a {@link ChildElement} value: XML child elements, a JSON object, array or property. */
        ELEMENT,
        /** {@link TextContent}: the XML element's text, the JSON property {@code value}. */
        TEXT
    }

    /** A field; {@code path} reads it from the record, through the {@link Inline} records it sits in. */
    record Part(String name, Kind kind, boolean openSubsonicOnly, List<MethodHandle> path) {

        Object valueOf(Object record) {
            Object value = record;
            try {
                for (MethodHandle accessor : path) {
                    if (value == null) {
                        return null;
                    }
                    value = accessor.invoke(value);
                }
                return value;
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }

        Part within(MethodHandle outer, boolean openSubsonic) {
            List<MethodHandle> longer = new ArrayList<>();
            longer.add(outer);
            longer.addAll(path);
            return new Part(name, kind, openSubsonic || openSubsonicOnly, List.copyOf(longer));
        }
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final List<Part> parts;

    private RecordShape(Class<?> type) {
        List<Part> found = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent component : type.getRecordComponents()) {
            component.getAccessor().setAccessible(true);
            MethodHandle accessor;
            try {
                accessor = lookup.unreflect(component.getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + type.getName(), e);
            }
            boolean openSubsonic = component.isAnnotationPresent(OpenSubsonic.class);
            if (component.isAnnotationPresent(Inline.class)) {
                for (Part inner : of(component.getType()).parts) {
                    found.add(inner.within(accessor, openSubsonic));
                }
                continue;
            }
            WireName wireName = component.getAnnotation(WireName.class);
            found.add(new Part(wireName == null ? component.getName() : wireName.value(), kindOf(component), openSubsonic,
                    List.of(accessor)));
        }
        if (found.stream().map(Part::name).distinct().count() < found.size()) {
            throw new IllegalArgumentException(type.getName() + " has two fields of the same name, with those of its @Inline records");
        }
        if (found.stream().filter(p -> p.kind() == Kind.TEXT).count() > 1) {
            throw new IllegalArgumentException(type.getName() + " has more than one @TextContent component");
        }
        this.parts = List.copyOf(found);
    }

    static RecordShape of(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("Subsonic responses are made of records, lists and single values, not "
                    + type.getName());
        }
        return SHAPES.get(type);
    }

    List<Part> parts() {
        return parts;
    }

    /** Whether a value is written as text (an attribute, text content) rather than as a structure. */
    static boolean isScalar(Class<?> type) {
        return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == UUID.class
                || TemporalAccessor.class.isAssignableFrom(type);
    }

    private static Kind kindOf(RecordComponent component) {
        Class<?> type = component.getType();
        if (component.isAnnotationPresent(TextContent.class)) {
            if (!isScalar(type)) {
                throw new IllegalArgumentException("@TextContent " + component + " must be a single value");
            }
            return Kind.TEXT;
        }
        if (isScalar(type)) {
            return component.isAnnotationPresent(ChildElement.class) ? Kind.ELEMENT : Kind.ATTRIBUTE;
        }
        if (type.isRecord() || Collection.class.isAssignableFrom(type)) {
            return Kind.ELEMENT;
        }
        throw new IllegalArgumentException(component + " has a type a Subsonic response cannot hold: " + type.getName());
    }
}
