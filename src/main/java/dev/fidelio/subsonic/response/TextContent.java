package dev.fidelio.subsonic.response;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The element's text in XML (a genre's name, a lyric's text); in JSON the property {@code value}, as Subsonic has it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface TextContent {
}
