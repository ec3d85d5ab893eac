package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/schema.graphql is the schema the server serves. When this fails, write the file anew with
 * {@code ./mvnw test -Dtest=SchemaFileTest -DwriteSchema=true} and commit it.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path FILE = Path.of("docs/schema.graphql");

    @Test
    void theDocumentedSchemaIsTheServedOne() throws IOException {
        String served = Api.asAdmin().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("writeSchema")) {
            Files.writeString(FILE, served);
        }
        String documented = Files.exists(FILE) ? Files.readString(FILE) : "";
        assertThat(documented)
                .as("docs/schema.graphql is not the served schema; regenerate it with "
                        + "./mvnw test -Dtest=SchemaFileTest -DwriteSchema=true")
                .isEqualTo(served);
    }
}
