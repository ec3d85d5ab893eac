package dev.fidelio.subsonic.response;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A single value written in XML as a child element holding it as text rather than as an attribute, where the schema
 * says so (an artist's {@code biography}, an album's {@code notes}). JSON is the same either way.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ChildElement {
}
