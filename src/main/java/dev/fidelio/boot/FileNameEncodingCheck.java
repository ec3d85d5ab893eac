package dev.fidelio.boot;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Java decodes file names with the charset of the locale it was started in. Without a UTF-8 locale (LANG unset,
 * as under some service managers and containers) a file named "Dvořák.flac" cannot even be opened, so say so.
 */
@Singleton
public class FileNameEncodingCheck {

    private static final Logger LOG = Logger.getLogger(FileNameEncodingCheck.class);

    void onStart(@Observes StartupEvent event) {
        String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        if (!Charset.forName(encoding).equals(StandardCharsets.UTF_8)) {
            LOG.warnf("File names are read as %s, so files with non-ASCII names cannot be indexed. "
                    + "Start Fidelio with LANG=C.UTF-8 (or another UTF-8 locale).", encoding);
        }
    }
}
