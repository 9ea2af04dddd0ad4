package dev.gantry.architecture.sample.deploy;

import dev.gantry.architecture.sample.deploy.fabric8.Fabric8ClusterApplier;
import java.util.zip.CRC32;

/** Planted violation: a port that names its adapter and a technology type. */
public interface ClusterApplier {

    /** Planted: the port's signature leaks the adapter and a technology type. */
    Fabric8ClusterApplier adapter(CRC32 technology);
}
