package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.fidelio.testsupport.Api;
import io.restassured.path.json.JsonPath;

/** Sends GraphQL requests as one user, through HTTP, the way the web player does. */
final class GraphQL {

    private final String token;

    private GraphQL(String token) {
        this.token = token;
    }

    static GraphQL as(String token) {
        return new GraphQL(token);
    }

    static GraphQL asAdmin() {
        return new GraphQL(Api.token(Api.ADMIN, Api.ADMIN_PASSWORD));
    }

    /** The whole answer, errors included. */
    JsonPath send(String query, Object... variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        body.put("variables", vars);
        return Api.as(token).body(body).post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** The data of an answer that must have no errors. */
    JsonPath data(String query, Object... variables) {
        JsonPath answer = send(query, variables);
        assertThat(answer.getList("errors")).as("errors of %s", query).isNull();
        return answer.setRootPath("data");
    }

    /** The messages of an answer that must have errors. */
    List<String> errors(String query, Object... variables) {
        JsonPath answer = send(query, variables);
        assertThat(answer.getList("errors")).as("errors of %s", query).isNotEmpty();
        return answer.getList("errors.message");
    }
}
