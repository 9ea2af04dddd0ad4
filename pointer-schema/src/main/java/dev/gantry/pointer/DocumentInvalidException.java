package dev.gantry.pointer;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;
import java.util.List;

/**
 * A GitOps repository file could not be read as a valid document; carries every problem found.
 * {@link Disposition#REFUSED}: only a change to the file fixes it.
 */
public class DocumentInvalidException extends GantryException {

    private final List<Problem> problems;

    /** Creates the exception from at least one problem. */
    public DocumentInvalidException(List<Problem> problems) {
        super(Disposition.REFUSED, problems.isEmpty() ? "invalid document" : problems.get(0).render()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Creates the exception from one problem. */
    public DocumentInvalidException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
