package dev.gantry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReviewRepositoryTest {

    @ParameterizedTest
    @CsvSource({
        "https://github.com/acme/gitops.git,        GITHUB, https://api.github.com,        acme/gitops",
        "git@github.com:acme/gitops.git,            GITHUB, https://api.github.com,        acme/gitops",
        "ssh://git@github.com/acme/gitops,          GITHUB, https://api.github.com,        acme/gitops",
        "https://gitlab.com/acme/infra/gitops.git,  GITLAB, https://gitlab.com/api/v4,     acme/infra/gitops",
        "git@gitlab.com:acme/gitops.git,            GITLAB, https://gitlab.com/api/v4,     acme/gitops",
        "https://ci:tok@github.com/acme/gitops.git/, GITHUB, https://api.github.com,       acme/gitops"
    })
    void derivesProviderApiAndPathFromWellKnownHosts(String remote, ReviewProvider provider, String api, String path) {
        ReviewRepository repository = ReviewRepository.fromRemote(remote, ReviewSettings.DERIVED);

        assertThat(repository).isEqualTo(new ReviewRepository(provider, URI.create(api), path));
    }

    @Test
    void placesTheApiOnASelfHostedInstanceOnceTheProviderIsSet() {
        assertThat(ReviewRepository.fromRemote("http://localhost:3000/acme/gitops.git",
                new ReviewSettings(ReviewProvider.GITEA, null)).apiUrl()).isEqualTo(URI.create("http://localhost:3000/api/v1"));
        assertThat(ReviewRepository.fromRemote("git@ghe.example.com:acme/gitops.git",
                new ReviewSettings(ReviewProvider.GITHUB, null)).apiUrl()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
        assertThat(ReviewRepository.fromRemote("ssh://git@gitlab.example.com:2222/acme/gitops.git",
                new ReviewSettings(ReviewProvider.GITLAB, null)).apiUrl()).isEqualTo(URI.create("https://gitlab.example.com/api/v4"));
    }

    @Test
    void letsAnExplicitApiUrlWin() {
        ReviewRepository repository = ReviewRepository.fromRemote("https://github.com/acme/gitops",
                new ReviewSettings(null, URI.create("https://proxy.example.com/github/")));

        assertThat(repository.apiUrl()).isEqualTo(URI.create("https://proxy.example.com/github"));
        assertThat(repository.provider()).isEqualTo(ReviewProvider.GITHUB);
    }

    @Test
    void asksForTheProviderOfAnUnknownHost() {
        assertThatThrownBy(() -> ReviewRepository.fromRemote("https://git.example.com/acme/gitops", ReviewSettings.DERIVED))
                .isInstanceOf(ReviewSettingsException.class)
                .hasMessage("cannot tell which review API git.example.com serves: set GANTRY_REVIEW_PROVIDER to github, gitlab or gitea");
    }

    @Test
    void refusesAGitHubPathThatIsNotOwnerAndRepository() {
        assertThatThrownBy(() -> ReviewRepository.fromRemote("https://github.com/acme/infra/gitops", ReviewSettings.DERIVED))
                .hasMessage("GitHub repositories are OWNER/REPO, not 'acme/infra/gitops'");
    }

    @Test
    void neverRepeatsCredentialsOfARemoteItCannotRead() {
        assertThatThrownBy(() -> ReviewRepository.fromRemote("https://ci:tok3n@/nothing", ReviewSettings.DERIVED))
                .isInstanceOf(ReviewSettingsException.class)
                .message().doesNotContain("tok3n");
    }

    @Test
    void readsExplicitSettingsFromTheEnvironment() {
        ReviewSettings settings = ReviewSettings.fromEnvironment(java.util.Map.of("GANTRY_REVIEW_PROVIDER", "Gitea",
                "GANTRY_REVIEW_API_URL", "https://git.example.com/api/v1"));

        assertThat(settings).isEqualTo(new ReviewSettings(ReviewProvider.GITEA, URI.create("https://git.example.com/api/v1")));
        assertThatThrownBy(() -> ReviewSettings.fromEnvironment(java.util.Map.of("GANTRY_REVIEW_PROVIDER", "bitbucket")))
                .hasMessage("'bitbucket' is not a review provider: use github, gitlab or gitea");
    }
}
