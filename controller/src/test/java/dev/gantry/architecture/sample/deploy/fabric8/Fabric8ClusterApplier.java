package dev.gantry.architecture.sample.deploy.fabric8;

import dev.gantry.architecture.sample.deploy.ClusterApplier;
import java.util.zip.CRC32;

/** Planted adapter for the architecture rules' own tests. */
public final class Fabric8ClusterApplier implements ClusterApplier {

    @Override
    public Fabric8ClusterApplier adapter(CRC32 technology) {
        return this;
    }
}
