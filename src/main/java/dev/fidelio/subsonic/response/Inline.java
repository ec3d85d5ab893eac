package dev.fidelio.subsonic.response;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record whose fields are written as the enclosing record's own, in its place: how a response type extends another
 * in the schema (an album with its songs is an album plus {@code song}, a now-playing entry a song plus who plays
 * it). A null value writes none of its fields. With {@link OpenSubsonic}, all of its fields are OpenSubsonic's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Inline {
}
