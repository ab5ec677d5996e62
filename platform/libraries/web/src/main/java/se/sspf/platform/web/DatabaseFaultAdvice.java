package se.sspf.platform.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A database that did not answer (restarting, out of connections, a lock or a timeout) is a 503 with Retry-After:
 * the caller may send the same request again. Any other database failure is a 500. Either is logged by the names of
 * its exceptions and the SQL state only, since the messages of a database failure quote the SQL and the values (a
 * jsonb document, a journal entry), which do not belong in a log.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseFaultAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFaultAdvice.class);

    /** SQL state classes of a connection lost or refused, of the server short of resources and of its shutdown. */
    private static final Set<String> UNAVAILABLE_STATE_CLASSES = Set.of("08", "53", "57");

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> failed(RuntimeException fault) {
        if (isRetryable(fault)) {
            LOG.warn("the database did not answer, a request was refused for now: {}", summaryOf(fault));
            return ApiProblemAdvice.respond(ApiProblem.unavailable(
                    "the database did not answer; send the request again in a moment"));
        }
        LOG.error("a request failed in the database: {}", summaryOf(fault));
        return ApiProblemAdvice.respond(new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "the request could not be completed", Map.of()));
    }

    private static boolean isRetryable(Throwable fault) {
        if (fault instanceof TransientDataAccessException || fault instanceof DataAccessResourceFailureException
                || fault instanceof RecoverableDataAccessException
                || fault instanceof CannotCreateTransactionException) {
            return true;
        }
        // A commit or rollback the database did not take (its connection lost, closed by the pool) is a
        // TransactionSystemException; so is a rollback that failed after the request's own fault, which it carries.
        if (fault instanceof TransactionSystemException system && (system.getCause() instanceof SQLException
                || system.getApplicationException() != null && isRetryable(system.getApplicationException()))) {
            return true;
        }
        // otherwise the SQL state tells
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && UNAVAILABLE_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** E.g. {@code CannotGetJdbcConnectionException < SQLTransientConnectionException (SQL state 08001)}. */
    static String summaryOf(Throwable fault) {
        List<String> chain = new ArrayList<>();
        for (Throwable cause = fault; cause != null && chain.size() < 8; cause = cause.getCause()) {
            chain.add(cause.getClass().getSimpleName() + (cause instanceof SQLException sql && sql.getSQLState() != null
                    ? " (SQL state " + sql.getSQLState() + ")" : ""));
        }
        return String.join(" < ", chain);
    }
}
