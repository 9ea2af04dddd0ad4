package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSuggestionTest {

    private static final List<String> SPEC = List.of("release", "digest", "deployedBy", "deployedAt");

    @Test
    void suggestsTheNearestFieldForATypo() {
        assertThat(FieldSuggestion.closest("relase", SPEC)).contains("release");
        assertThat(FieldSuggestion.closest("deployedat", SPEC)).contains("deployedAt");
    }

    @Test
    void suggestsNothingForAnUnrelatedName() {
        assertThat(FieldSuggestion.closest("replicas", SPEC)).isEmpty();
    }
}
