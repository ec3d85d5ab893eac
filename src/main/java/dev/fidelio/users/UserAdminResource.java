package dev.fidelio.users;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fidelio.web.ApiException;

/** Administration of accounts. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UserAdminResource {

    public record NewUser(String username, String password, String role) {
    }

    /** Fields left out stay as they are. */
    public record UserChange(Boolean enabled, String role, String password) {
    }

    private final AccountService accounts;

    UserAdminResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("/{id}")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(accounts.get(id));
    }

    @POST
    public Response create(NewUser user) {
        if (user == null) {
            throw ApiException.badRequest("Send {\"username\", \"password\", \"role\"} as JSON.");
        }
        User created = accounts.create(user.username(), user.password(), role(user.role()));
        return Response.status(Response.Status.CREATED).entity(UserView.of(created)).build();
    }

    @PATCH
    @Path("/{id}")
    public UserView update(@PathParam("id") long id, UserChange change) {
        if (change == null) {
            throw ApiException.badRequest("Send the fields to change as JSON: enabled, role, password.");
        }
        return UserView.of(accounts.update(id, change.enabled(), role(change.role()), change.password()));
    }

    private static Role role(String id) {
        try {
            return id == null ? null : Role.fromId(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
