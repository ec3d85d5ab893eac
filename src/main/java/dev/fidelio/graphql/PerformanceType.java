package dev.fidelio.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.Performance;

@Type("Performance")
@Description("A work as recorded on one album, with who performed it as its tracks credit them")
public class PerformanceType {

    private final Performance performance;

    PerformanceType(Performance performance) {
        this.performance = performance;
    }

    @Ignore
    public Performance performance() {
        return performance;
    }

    public @NonNull List<@NonNull ArtistNode> getConductors() {
        return performance.conductors().stream().map(ArtistNode::new).toList();
    }

    public @NonNull List<@NonNull ArtistNode> getEnsembles() {
        return performance.ensembles().stream().map(ArtistNode::new).toList();
    }

    @Description("Performers with their instruments")
    public @NonNull List<@NonNull CreditType> getSoloists() {
        return performance.soloists().stream().map(CreditType::of).toList();
    }
}
