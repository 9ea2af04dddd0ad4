package dev.gantry.cli;

import dev.gantry.source.jgit.GitBranchName;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a {@code --branch NAME}, turning a name git would refuse into a usage error that names it. */
final class BranchConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (!GitBranchName.isValid(value)) {
            throw new TypeConversionException(GitBranchName.refusal(value));
        }
        return value;
    }
}
