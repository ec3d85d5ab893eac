package dev.fidelio.subsonic.scanning;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanMonitor;
import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * Asks for a scan of the music folders (administrators only): a quick one, reading new and changed files, or with
 * {@code fullScan=true} (as Navidrome takes it) one reading every file again. Answers with the status of the scan
 * that will do it, which may be one already waiting.
 */
@ApplicationScoped
public class StartScan implements SubsonicMethod {

    private final LibraryScanner scanner;
    private final ScanMonitor scans;

    StartScan(LibraryScanner scanner, ScanMonitor scans) {
        this.scanner = scanner;
        this.scans = scans;
    }

    @Override
    public String name() {
        return "startScan";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        long id = scanner.start(request.flag("fullScan").orElse(false) ? ScanKind.FULL : ScanKind.QUICK);
        return Payload.of("scanStatus", scans.status(id).map(ScanStatusEntry::of).orElse(ScanStatusEntry.NONE));
    }
}
