package dev.gantry.source.jgit;

import java.io.IOException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/** An object reader that counts the objects it opens, to measure a diff's work without a clock. */
final class CountingObjectReader extends ObjectReader.Filter {

    private final ObjectReader delegate;
    private int opened;

    CountingObjectReader(ObjectReader delegate) {
        this.delegate = delegate;
    }

    @Override
    protected ObjectReader delegate() {
        return delegate;
    }

    @Override
    public ObjectLoader open(AnyObjectId id) throws IOException {
        opened++;
        return delegate.open(id);
    }

    @Override
    public ObjectLoader open(AnyObjectId id, int type) throws IOException {
        opened++;
        return delegate.open(id, type);
    }

    /** How many objects were opened so far. */
    int opened() {
        return opened;
    }
}
