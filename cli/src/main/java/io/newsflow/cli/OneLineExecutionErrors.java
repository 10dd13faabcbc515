package io.newsflow.cli;

import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A configuration error is the user's to fix: one line naming the key and value, exit code 2. Anything else is the
 * pipeline failing: logged with its cause, exit code 1.
 */
final class OneLineExecutionErrors implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OneLineExecutionErrors.class);
    private static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
        if (error instanceof ConfigException) {
            command.getErr().println("newsflow: configuration error: " + error.getMessage());
            return OneLineParameterErrors.USAGE_ERROR;
        }
        LOG.error("{} failed", command.getCommandSpec().qualifiedName(), error);
        command.getErr().println("newsflow: " + command.getCommandName() + " failed: " + error.getMessage());
        return FAILURE;
    }
}
