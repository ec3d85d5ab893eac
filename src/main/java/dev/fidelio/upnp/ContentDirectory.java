package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.jupnp.binding.annotations.UpnpAction;
import org.jupnp.binding.annotations.UpnpInputArgument;
import org.jupnp.binding.annotations.UpnpOutputArgument;
import org.jupnp.binding.annotations.UpnpService;
import org.jupnp.binding.annotations.UpnpServiceId;
import org.jupnp.binding.annotations.UpnpServiceType;
import org.jupnp.binding.annotations.UpnpStateVariable;
import org.jupnp.binding.annotations.UpnpStateVariables;
import org.jupnp.internal.compat.java.beans.PropertyChangeSupport;
import org.jupnp.model.profile.RemoteClientInfo;
import org.jupnp.model.types.ErrorCode;
import org.jupnp.model.types.UnsignedIntegerFourBytes;
import org.jupnp.support.contentdirectory.ContentDirectoryErrorCode;
import org.jupnp.support.contentdirectory.ContentDirectoryException;
import org.jupnp.support.model.BrowseFlag;
import org.jupnp.support.model.BrowseResult;

/**
 * ContentDirectory:1. Declared here in full rather than on jUPnP's base class, which lacks the evented
 * {@code ContainerUpdateIDs}. Browse walks the {@link BrowseTree}; Search runs {@link ContentSearch}; both answer in
 * DIDL-Lite for the asking device's profile, with media URLs on the address it reached us at.
 */
@UpnpService(serviceId = @UpnpServiceId("ContentDirectory"), serviceType = @UpnpServiceType(value = "ContentDirectory", version = 1))
@UpnpStateVariables({ @UpnpStateVariable(name = "A_ARG_TYPE_ObjectID", sendEvents = false, datatype = "string"),
        @UpnpStateVariable(name = "A_ARG_TYPE_Result", sendEvents = false, datatype = "string"),
        @UpnpStateVariable(name = "A_ARG_TYPE_BrowseFlag", sendEvents = false, datatype = "string", allowedValuesEnum = BrowseFlag.class),
        @UpnpStateVariable(name = "A_ARG_TYPE_Filter", sendEvents = false, datatype = "string"),
        @UpnpStateVariable(name = "A_ARG_TYPE_SortCriteria", sendEvents = false, datatype = "string"),
        @UpnpStateVariable(name = "A_ARG_TYPE_Index", sendEvents = false, datatype = "ui4"),
        @UpnpStateVariable(name = "A_ARG_TYPE_Count", sendEvents = false, datatype = "ui4"),
        @UpnpStateVariable(name = "A_ARG_TYPE_UpdateID", sendEvents = false, datatype = "ui4"),
        @UpnpStateVariable(name = "A_ARG_TYPE_SearchCriteria", sendEvents = false, datatype = "string"),
        @UpnpStateVariable(name = "SearchCapabilities", sendEvents = false, datatype = "string"),
        @UpnpStateVariable(name = "SortCapabilities", sendEvents = false, datatype = "string") })
public class ContentDirectory {

    private static final Logger LOG = Logger.getLogger(ContentDirectory.class);
    /** ContentDirectory's error for a SearchCriteria it cannot parse (jUPnP names no constant for it). */
    private static final int UNSUPPORTED_SEARCH_CRITERIA = 708;

    private final PropertyChangeSupport propertyChangeSupport = new PropertyChangeSupport(this);

    // Not moderated: jUPnP drops, rather than delays, a change that comes within the maximum rate of the event
    // before, so a scan ending soon after a subscription (or after another scan) went untold. Scans end seldom.
    @UpnpStateVariable(sendEvents = true, defaultValue = "0")
    private UnsignedIntegerFourBytes systemUpdateID;

    @UpnpStateVariable(sendEvents = true, datatype = "string", defaultValue = "")
    private String containerUpdateIDs = "";

    private final BrowseTree tree;
    private final ContentSearch search;
    private final DidlWriter didl;
    private final RequestContexts contexts;

    ContentDirectory(BrowseTree tree, ContentSearch search, DidlWriter didl, RequestContexts contexts, long initialUpdateId) {
        this.tree = tree;
        this.search = search;
        this.didl = didl;
        this.contexts = contexts;
        this.systemUpdateID = new UnsignedIntegerFourBytes(initialUpdateId);
    }

    public PropertyChangeSupport getPropertyChangeSupport() {
        return propertyChangeSupport;
    }

    @UpnpAction(out = @UpnpOutputArgument(name = "SearchCaps", stateVariable = "SearchCapabilities"))
    public String getSearchCapabilities() {
        return ContentSearch.CAPABILITIES;
    }

    @UpnpAction(out = @UpnpOutputArgument(name = "SortCaps", stateVariable = "SortCapabilities"))
    public String getSortCapabilities() {
        return Sorting.CAPABILITIES;
    }

    @UpnpAction(out = @UpnpOutputArgument(name = "Id"))
    public synchronized UnsignedIntegerFourBytes getSystemUpdateID() {
        return systemUpdateID;
    }

    public synchronized String getContainerUpdateIDs() {
        return containerUpdateIDs;
    }

    /** The library changed: control points that subscribed are told to browse again, from the root down. */
    void libraryChanged() {
        long old;
        long now;
        String oldContainers;
        synchronized (this) {
            old = systemUpdateID.getValue();
            systemUpdateID.increment(true);
            now = systemUpdateID.getValue();
            oldContainers = containerUpdateIDs;
            containerUpdateIDs = containerUpdateIDs(now);
        }
        // One change of both variables: jUPnP sends them in one notification (names joined by a comma).
        propertyChangeSupport.firePropertyChange("SystemUpdateID,ContainerUpdateIDs", oldContainers + "@" + old, containerUpdateIDs(now));
    }

    /** Which containers changed: the whole tree may have, so the root, with the new update ID. */
    private static String containerUpdateIDs(long updateId) {
        return BrowseTree.ROOT + "," + updateId;
    }

    @UpnpAction(out = { @UpnpOutputArgument(name = "Result", stateVariable = "A_ARG_TYPE_Result", getterName = "getResult"),
            @UpnpOutputArgument(name = "NumberReturned", stateVariable = "A_ARG_TYPE_Count", getterName = "getCount"),
            @UpnpOutputArgument(name = "TotalMatches", stateVariable = "A_ARG_TYPE_Count", getterName = "getTotalMatches"),
            @UpnpOutputArgument(name = "UpdateID", stateVariable = "A_ARG_TYPE_UpdateID", getterName = "getContainerUpdateID") })
    public BrowseResult browse(@UpnpInputArgument(name = "ObjectID", aliases = "ContainerID") String objectId,
            @UpnpInputArgument(name = "BrowseFlag") String browseFlag, @UpnpInputArgument(name = "Filter") String filter,
            @UpnpInputArgument(name = "StartingIndex", stateVariable = "A_ARG_TYPE_Index") UnsignedIntegerFourBytes startingIndex,
            @UpnpInputArgument(name = "RequestedCount", stateVariable = "A_ARG_TYPE_Count") UnsignedIntegerFourBytes requestedCount,
            @UpnpInputArgument(name = "SortCriteria") String sortCriteria, RemoteClientInfo client) throws ContentDirectoryException {
        BrowseFlag flag = BrowseFlag.valueOrNullOf(browseFlag);
        if (flag == null) {
            throw new ContentDirectoryException(ErrorCode.INVALID_ARGS, "BrowseFlag is BrowseMetadata or BrowseDirectChildren");
        }
        RequestContext context = contexts.of(client);
        long updateId = getSystemUpdateID().getValue();
        return answer(() -> {
            Optional<BrowseTree.Found> found = tree.find(context, objectId == null ? "" : objectId);
            if (found.isEmpty()) {
                throw new ContentDirectoryException(ContentDirectoryErrorCode.NO_SUCH_OBJECT, "No object with ID '" + objectId + "'");
            }
            if (flag == BrowseFlag.METADATA) {
                Entry entry = found.get() instanceof BrowseTree.Found.Container c ? c.node().describe(context)
                        : ((BrowseTree.Found.Track) found.get()).track();
                return new BrowseResult(didl.write(List.of(entry), context), 1, 1, updateId);
            }
            if (!(found.get() instanceof BrowseTree.Found.Container container)) {
                return new BrowseResult(didl.write(List.of(), context), 0, 0, updateId);
            }
            Window window = Window.of(startingIndex.getValue(), requestedCount.getValue());
            long total = container.node().count(context);
            List<Entry> children = window.offset() >= total ? List.of()
                    : container.node().children(context, window, Sorting.parse(sortCriteria));
            return new BrowseResult(didl.write(children, context), children.size(), total, updateId);
        });
    }

    @UpnpAction(out = { @UpnpOutputArgument(name = "Result", stateVariable = "A_ARG_TYPE_Result", getterName = "getResult"),
            @UpnpOutputArgument(name = "NumberReturned", stateVariable = "A_ARG_TYPE_Count", getterName = "getCount"),
            @UpnpOutputArgument(name = "TotalMatches", stateVariable = "A_ARG_TYPE_Count", getterName = "getTotalMatches"),
            @UpnpOutputArgument(name = "UpdateID", stateVariable = "A_ARG_TYPE_UpdateID", getterName = "getContainerUpdateID") })
    public BrowseResult search(@UpnpInputArgument(name = "ContainerID", stateVariable = "A_ARG_TYPE_ObjectID") String containerId,
            @UpnpInputArgument(name = "SearchCriteria") String searchCriteria, @UpnpInputArgument(name = "Filter") String filter,
            @UpnpInputArgument(name = "StartingIndex", stateVariable = "A_ARG_TYPE_Index") UnsignedIntegerFourBytes startingIndex,
            @UpnpInputArgument(name = "RequestedCount", stateVariable = "A_ARG_TYPE_Count") UnsignedIntegerFourBytes requestedCount,
            @UpnpInputArgument(name = "SortCriteria") String sortCriteria, RemoteClientInfo client) throws ContentDirectoryException {
        SearchCriteria criteria;
        try {
            criteria = SearchCriteria.parse(searchCriteria);
        } catch (IllegalArgumentException e) {
            throw new ContentDirectoryException(UNSUPPORTED_SEARCH_CRITERIA, e.getMessage());
        }
        RequestContext context = contexts.of(client);
        long updateId = getSystemUpdateID().getValue();
        return answer(() -> {
            ContentSearch.Result result = search.run(context, criteria, Window.of(startingIndex.getValue(), requestedCount.getValue()));
            return new BrowseResult(didl.write(result.entries(), context), result.entries().size(), result.totalMatches(), updateId);
        });
    }

    private interface Answer {
        BrowseResult get() throws ContentDirectoryException;
    }

    /** A refusal of bad input is the caller's to read; anything else is logged and answered without its details. */
    private static BrowseResult answer(Answer answer) throws ContentDirectoryException {
        try {
            return answer.get();
        } catch (ContentDirectoryException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ContentDirectoryException(ContentDirectoryErrorCode.CANNOT_PROCESS, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("A ContentDirectory request failed", e);
            throw new ContentDirectoryException(ErrorCode.ACTION_FAILED, "The request could not be answered");
        }
    }
}
