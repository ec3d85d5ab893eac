package dev.fidelio.graphql;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.config.Config;
import io.smallrye.mutiny.Multi;

/**
 * How a failing resolver is answered. A refusal written for the caller (an exception listed in
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}: not found, not allowed, bad input) keeps its
 * message. Anything else is a fault of the server: it is logged with its stack trace, once per request however many
 * fields it failed (a failing batch fails every item of it), and the caller gets SmallRye's generic message, without
 * the exception's name, message or stack.
 */
final class ResolverErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ResolverErrors.class);
    /** Where a request keeps the failures already logged. */
    private static final String LOGGED = ResolverErrors.class.getName() + ".logged";

    /** What the caller is told instead of a fault's details; not among the shown exceptions. */
    static final class ServerFault extends RuntimeException {
        ServerFault() {
            super(null, null, false, false);
        }
    }

    /** SmallRye's own handler: applies the list of shown exceptions and adds the error's extensions. */
    private final ExceptionHandler answer = new ExceptionHandler();

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = unwrap(parameters.getException());
        if (known(failure)) {
            return answer.handleException(parameters);
        }
        if (firstTime(parameters, failure)) {
            LOG.errorf(failure, "GraphQL failed at %s", parameters.getPath());
        }
        return answer.handleException(DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(parameters.getDataFetchingEnvironment()).exception(new ServerFault()).build());
    }

    /** A subscription's events, with a failure after the subscription began logged like a resolver's. */
    static <T> Multi<T> logged(Multi<T> events, String subscription) {
        return events.onFailure(failure -> !known(failure)).invoke(failure -> LOG.errorf(failure, "The GraphQL subscription %s failed",
                subscription));
    }

    private static boolean known(Throwable failure) {
        return failure instanceof RuntimeException && Config.get().shouldShow(failure);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean firstTime(DataFetcherExceptionHandlerParameters parameters, Throwable failure) {
        GraphQLContext request = parameters.getDataFetchingEnvironment() == null ? null
                : parameters.getDataFetchingEnvironment().getGraphQlContext();
        if (request == null) {
            return true;
        }
        Set<Throwable> logged = request.computeIfAbsent(LOGGED, key -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())));
        return logged.add(failure);
    }
}
