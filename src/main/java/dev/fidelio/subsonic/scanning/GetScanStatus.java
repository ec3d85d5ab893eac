package dev.fidelio.subsonic.scanning;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.index.ScanMonitor;
import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** The scan that runs, else the last one (administrators only, as scans are). */
@ApplicationScoped
public class GetScanStatus implements SubsonicMethod {

    private final ScanMonitor scans;

    GetScanStatus(ScanMonitor scans) {
        this.scans = scans;
    }

    @Override
    public String name() {
        return "getScanStatus";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return Payload.of("scanStatus", scans.current().map(ScanStatusEntry::of).orElse(ScanStatusEntry.NONE));
    }
}
