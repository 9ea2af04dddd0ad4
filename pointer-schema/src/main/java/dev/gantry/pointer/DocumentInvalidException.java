package dev.gantry.pointer;

import java.util.List;

/** A GitOps repository file could not be read as a valid document; carries every problem found. */
public class DocumentInvalidException extends RuntimeException {

    private final List<Problem> problems;

    /** Creates the exception from at least one problem. */
    public DocumentInvalidException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid document" : problems.get(0).render()
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
