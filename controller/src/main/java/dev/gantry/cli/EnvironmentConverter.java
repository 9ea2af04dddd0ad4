package dev.gantry.cli;

import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.source.Printable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses an environment name: a DNS-1123 label, as environment folders must be, so that no path
 * or branch name built from it can leave the repository; anything else is a usage error naming it.
 */
final class EnvironmentConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (!GitOpsLayout.isDnsLabel(value)) {
            throw new TypeConversionException(Printable.quoted(value) + " is not an environment name "
                    + "(a DNS-1123 label such as staging: lowercase letters, digits and '-')");
        }
        return value;
    }
}
