package io.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong flag or value: one line naming it, a pointer to --help, exit code 2. */
final class OneLineParameterErrors implements IParameterExceptionHandler {

    static final int USAGE_ERROR = 2;

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        command.getErr().println("newsflow: " + error.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return USAGE_ERROR;
    }
}
