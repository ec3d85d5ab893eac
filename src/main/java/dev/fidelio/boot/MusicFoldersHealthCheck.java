package dev.fidelio.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.fidelio.index.MusicFolders;
import dev.fidelio.library.MusicFolder;

/**
 * Reports each music folder's state. An offline folder does not make the server unready: everything else,
 * including the other folders, still works.
 */
@Readiness
@ApplicationScoped
public class MusicFoldersHealthCheck implements HealthCheck {

    private final MusicFolders folders;

    MusicFoldersHealthCheck(MusicFolders folders) {
        this.folders = folders;
    }

    @Override
    @ActivateRequestContext
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("music folders").up();
        for (MusicFolder folder : folders.configuredFolders()) {
            response.withData(folder.path, folder.status.name());
        }
        return response.build();
    }
}
