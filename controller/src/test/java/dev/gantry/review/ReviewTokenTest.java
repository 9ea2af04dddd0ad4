package dev.gantry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewTokenTest {

    @Test
    void prefersTheGantryVariable() {
        ReviewToken token = ReviewToken.fromEnvironment(ReviewProvider.GITLAB,
                Map.of("GANTRY_GITLAB_TOKEN", "mine", "GITLAB_TOKEN", "ci"));

        assertThat(token.value()).isEqualTo("mine");
        assertThat(token.variable()).isEqualTo("GANTRY_GITLAB_TOKEN");
    }

    @Test
    void fallsBackToTheHostsUsualVariable() {
        assertThat(ReviewToken.fromEnvironment(ReviewProvider.GITEA, Map.of("GANTRY_GITEA_TOKEN", " ", "GITEA_TOKEN", "ci"))
                .value()).isEqualTo("ci");
    }

    @Test
    void namesTheVariablesToSetWhenThereIsNone() {
        assertThatThrownBy(() -> ReviewToken.fromEnvironment(ReviewProvider.GITHUB, Map.of("GITLAB_TOKEN", "x")))
                .isInstanceOf(ReviewSettingsException.class)
                .hasMessage("no GitHub token: set GANTRY_GITHUB_TOKEN or GITHUB_TOKEN");
    }

    @Test
    void neverShowsItsTextWhenPrinted() {
        ReviewToken token = ReviewToken.fromEnvironment(ReviewProvider.GITHUB, Map.of("GITHUB_TOKEN", "ghp_secret"));

        assertThat(token).hasToString("token from GITHUB_TOKEN");
    }
}
