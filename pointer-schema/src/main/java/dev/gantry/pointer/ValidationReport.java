package dev.gantry.pointer;

import java.util.List;

/**
 * The outcome of validating a whole repository.
 *
 * @param problems every problem found, sorted by path, line and column
 * @param environments how many environment folders were checked
 * @param pointers how many pointer files were checked
 */
public record ValidationReport(List<Problem> problems, int environments, int pointers) {

    /** Sorts and copies the problems. */
    public ValidationReport {
        problems = problems.stream().sorted().toList();
    }

    /** Whether the repository is valid. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
