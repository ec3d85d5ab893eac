package dev.fidelio.subsonic.response;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that only OpenSubsonic defines: left out for legacy clients, whose parsers know only the Subsonic 1.16.1
 * schema (see {@code ClientMode}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OpenSubsonic {
}
