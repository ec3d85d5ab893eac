package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.WorkItem;

@Type("Work")
@Description("A composition (Symphony No. 9, Op. 95); its performances are the albums that record it")
public class WorkNode implements Node {

    private final WorkItem item;

    WorkNode(WorkItem item) {
        this.item = item;
    }

    @Ignore
    public WorkItem item() {
        return item;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return item.id().toString();
    }

    public @NonNull String getTitle() {
        return item.title();
    }

    @Description("\"Op. 95\", \"BWV 1007\", … when known")
    public String getCatalogue() {
        return item.catalogue();
    }

    public String getMusicBrainzWorkId() {
        return item.mbWorkId();
    }
}
