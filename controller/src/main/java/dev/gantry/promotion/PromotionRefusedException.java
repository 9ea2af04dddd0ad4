package dev.gantry.promotion;

/** A promotion, rollback or approval was refused by a policy rule or by the state of the repository. */
public class PromotionRefusedException extends RuntimeException {

    /** Creates the exception with the reason, one line, saying how to proceed where there is a way. */
    public PromotionRefusedException(String reason) {
        super(reason);
    }
}
