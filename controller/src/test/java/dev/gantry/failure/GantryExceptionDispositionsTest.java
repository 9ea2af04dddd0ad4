package dev.gantry.failure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.audit.AuditUnavailableException;
import dev.gantry.demo.DemoFailedException;
import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.diff.GitOpsFileNotFoundException;
import dev.gantry.manifest.ManifestInvalidException;
import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Problem;
import dev.gantry.promotion.HistoryUnavailableException;
import dev.gantry.promotion.PromotionRefusedException;
import dev.gantry.render.RenderException;
import dev.gantry.release.ArchiveRefusedException;
import dev.gantry.release.ArchiveRule;
import dev.gantry.release.ArtifactIntegrityException;
import dev.gantry.release.ArtifactNotFoundException;
import dev.gantry.release.RegistryCredentialsRefusedException;
import dev.gantry.release.RegistryUnavailableException;
import dev.gantry.release.ReleaseBuildException;
import dev.gantry.release.ReleaseConflictException;
import dev.gantry.release.TargetFolderRefusedException;
import dev.gantry.review.ReviewSettingsException;
import dev.gantry.review.ReviewUnavailableException;
import dev.gantry.signing.AllowedSignersInvalidException;
import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.SourceRefusedException;
import dev.gantry.source.SourceUnavailableException;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The disposition each of Gantry's public exceptions carries, read through {@link Dispositions#of}. */
class GantryExceptionDispositionsTest {

    private static final ObjectKey WEB = new ObjectKey("apps/v1", "Deployment", "ns", "web");

    static Stream<Arguments> exceptions() {
        return Stream.of(
                refused(new DocumentInvalidException(Problem.atStart("a.yaml", "is empty"))),
                refused(new ManifestInvalidException("a.yaml:1:1: not YAML")),
                refused(new RenderException("patch names no object")),
                refused(new AllowedSignersInvalidException("allowed_signers:1: not a key", null)),
                refused(new SourceRefusedException("a.yaml is a symbolic link")),
                refused(new ReleaseBuildException("gantry.yaml: no images")),
                refused(new ReleaseConflictException("tag names another digest")),
                refused(new ArtifactIntegrityException("digest does not match")),
                refused(ArchiveRefusedException.forLayer(ArchiveRule.ESCAPES_TARGET, "layer refused")),
                refused(new TargetFolderRefusedException(Path.of("out"), "is not empty")),
                refused(new RegistryCredentialsRefusedException("GANTRY_REGISTRY_HOST is not set")),
                refused(new PromotionRefusedException("not an approver")),
                refused(new HistoryUnavailableException("revision r1 is not in the repository", null)),
                refused(new GitOpsFileNotFoundException("release.yaml is missing")),
                refused(new ReviewSettingsException("set GANTRY_GIT_TOKEN")),
                refused(new DemoFailedException("the workspace is not empty")),
                refused(new ApplyRejectedException(WEB, "HTTP 422 Invalid", null)),
                refused(new AuditUnavailableException(Disposition.REFUSED, "the clone cannot be read", null)),
                unavailable(new ClusterUnavailableException("API server down", null)),
                unavailable(new SourceUnavailableException("git host down", null)),
                unavailable(new RegistryUnavailableException("registry down", null)),
                unavailable(new ReviewUnavailableException("git host API down")),
                unavailable(new AuditUnavailableException("cannot push refs/notes/gantry", null)),
                unavailable(new ApplyRejectedException(WEB, "HTTP 403 Forbidden", Disposition.UNAVAILABLE, null)),
                waiting(new ArtifactNotFoundException("no release r1")),
                waiting(new CommitNotFoundException("commit abc is not in the source")));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("exceptions")
    void eachExceptionCarriesItsDisposition(GantryException failure, Disposition disposition) {
        assertThat(Dispositions.of(failure)).isEqualTo(disposition);
    }

    @Test
    void theOutermostGantryExceptionDecidesOverItsCause() {
        RegistryUnavailableException unavailable = new RegistryUnavailableException("registry down", null);

        assertThat(Dispositions.of(new DemoFailedException("the release step failed", unavailable)))
                .isEqualTo(Disposition.REFUSED);
        assertThat(Dispositions.of(new IllegalStateException("job failed", unavailable)))
                .isEqualTo(Disposition.UNAVAILABLE);
        assertThat(Dispositions.of(new RuntimeException(new ArtifactNotFoundException("no release r1"))))
                .isEqualTo(Disposition.WAITING);
    }

    @Test
    void aFailureThatCarriesNoneIsRetried() {
        assertThat(Dispositions.of(new IllegalArgumentException("unexpected"))).isEqualTo(Disposition.UNAVAILABLE);
        assertThat(Dispositions.of(new UncheckedIOException(new IOException("reset"))))
                .isEqualTo(Disposition.UNAVAILABLE);
        assertThat(Dispositions.of(new KubernetesClientException("escaped its adapter")))
                .isEqualTo(Disposition.UNAVAILABLE);
    }

    private static Arguments refused(GantryException failure) {
        return Arguments.of(failure, Disposition.REFUSED);
    }

    private static Arguments unavailable(GantryException failure) {
        return Arguments.of(failure, Disposition.UNAVAILABLE);
    }

    private static Arguments waiting(GantryException failure) {
        return Arguments.of(failure, Disposition.WAITING);
    }
}
