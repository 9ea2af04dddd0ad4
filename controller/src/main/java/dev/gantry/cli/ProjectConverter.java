package dev.gantry.cli;

import dev.gantry.pointer.ProjectRef;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a {@code REPOSITORY/PROJECT} argument, turning a bad value into a usage error. */
final class ProjectConverter implements ITypeConverter<ProjectRef> {

    @Override
    public ProjectRef convert(String value) {
        try {
            return ProjectRef.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
