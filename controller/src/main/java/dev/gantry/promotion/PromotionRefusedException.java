package dev.gantry.promotion;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A promotion, rollback or approval was refused by a policy rule or by the state of the repository.
 * Refused: only a change in the repository, or other arguments, fix it.
 */
public class PromotionRefusedException extends GantryException {

    /** Creates the exception with the reason, one line, saying how to proceed where there is a way. */
    public PromotionRefusedException(String reason) {
        super(Disposition.REFUSED, reason);
    }
}
