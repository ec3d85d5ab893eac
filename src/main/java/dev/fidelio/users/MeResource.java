package dev.fidelio.users;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fidelio.web.ApiException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** The caller's own account and API keys. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    public record ApiKeyView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id, key.name, key.keyPrefix, key.createdAt, key.lastUsedAt);
        }
    }

    public record NewApiKeyRequest(String name) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** The only time the key itself is shown. */
    public record NewApiKeyView(ApiKeyView key, String secret) {
    }

    private final SecurityIdentity identity;
    private final AccountService accounts;
    private final ApiKeyService apiKeys;

    MeResource(SecurityIdentity identity, AccountService accounts, ApiKeyService apiKeys) {
        this.identity = identity;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
    }

    @GET
    public UserView me() {
        return UserView.of(accounts.get(userId()));
    }

    @PUT
    @Path("/password")
    public Response changePassword(PasswordChange change, @Context RoutingContext context) {
        if (change == null) {
            throw ApiException.badRequest("Send {\"currentPassword\", \"newPassword\"} as JSON.");
        }
        accounts.changeOwnPassword(userId(), change.currentPassword(), change.newPassword(), BearerAuthMechanism.credential(context));
        return Response.noContent().build();
    }

    @GET
    @Path("/api-keys")
    public List<ApiKeyView> keys() {
        return apiKeys.list(userId()).stream().map(ApiKeyView::of).toList();
    }

    @POST
    @Path("/api-keys")
    public Response createKey(NewApiKeyRequest request) {
        ApiKeyService.NewKey created = apiKeys.create(userId(), request == null ? null : request.name());
        return Response.status(Response.Status.CREATED)
                .entity(new NewApiKeyView(ApiKeyView.of(created.key()), created.secret()))
                .build();
    }

    @DELETE
    @Path("/api-keys/{id}")
    public Response revokeKey(@PathParam("id") long id) {
        apiKeys.revoke(userId(), id);
        return Response.noContent().build();
    }

    private long userId() {
        return identity.<Long>getAttribute(BearerIdentityProvider.USER_ID);
    }
}
