package dev.gantry.source.jgit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GitBranchNameTest {

    @Test
    void refusesWhatGitCheckRefFormatBranchRefuses() {
        for (String bad : new String[] {"HEAD", "-x", "refs/heads/x", "../x", "a..b", "x.lock", "@{-1}", "a b", "evil\u001b[31m"}) {
            assertThat(GitBranchName.isValid(bad)).as(bad).isFalse();
        }
        for (String good : new String[] {"main", "promote/production/platform-hello-1a2b3c4", "release-1.2", "x-HEAD"}) {
            assertThat(GitBranchName.isValid(good)).as(good).isTrue();
        }
    }

    @Test
    void namesARefusedBranchWithItsControlCharactersEscaped() {
        assertThat(GitBranchName.refusal("evil\u001b[31mred")).startsWith("'evil\\u001b[31mred' is not a valid git branch name")
                .doesNotContain("\u001b");
    }
}
