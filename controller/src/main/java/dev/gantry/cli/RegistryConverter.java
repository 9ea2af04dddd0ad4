package dev.gantry.cli;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.Registry;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --registry} and reference arguments, turning a bad value into a usage error. */
final class RegistryConverter {

    private RegistryConverter() {
    }

    /** Converts {@code HOST[:PORT][/PREFIX]} or {@code oci-layout:DIR}. */
    static final class ToRegistry implements ITypeConverter<Registry> {
        @Override
        public Registry convert(String value) {
            try {
                return Registry.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts an artifact reference. */
    static final class ToReference implements ITypeConverter<ArtifactRef> {
        @Override
        public ArtifactRef convert(String value) {
            try {
                return ArtifactRef.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
