package dev.fidelio.graphql;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.SubscriptionExecutionStrategy;
import io.smallrye.graphql.spi.EventingService;

/**
 * Puts {@link ResolverErrors} behind queries, mutations and subscriptions when SmallRye builds the GraphQL engine:
 * the hook it offers for that. Found by the service loader, so it runs before any CDI bean exists.
 */
public class ResolverErrorsInstaller implements EventingService {

    @Override
    public String getConfigKey() {
        // Always on: there is no setting to turn it off.
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        ResolverErrors errors = new ResolverErrors();
        return builder.defaultDataFetcherExceptionHandler(errors).queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors))
                .subscriptionExecutionStrategy(new SubscriptionExecutionStrategy(errors));
    }
}
