package dev.gantry.cli;

import static dev.gantry.diff.CheckoutFilesFixture.configMaps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.diff.CheckoutFilesFixture;
import dev.gantry.manifest.HostileManifests;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry diff} end to end on a GitOps checkout on disk and releases in a real OCI layout. */
class DiffCommandTest {

    private static final String OLD = "1".repeat(40);
    private static final String NEW = "2".repeat(40);

    @TempDir
    Path temp;

    private CheckoutFilesFixture checkout;
    private Registry layout;

    @BeforeEach
    void publishTwoReleases() throws Exception {
        layout = Registry.parse("oci-layout:" + temp.resolve("layout"));
        CheckoutFilesFixture.publish(layout, RegistryCredentials.NONE, OLD, configMaps("kept=same", "edited=old", "gone=x"));
        CheckoutFilesFixture.publish(layout, RegistryCredentials.NONE, NEW, configMaps("kept=same", "edited=new", "fresh=y"));
        checkout = new CheckoutFilesFixture(temp.resolve("gitops"))
                .environment("dev", null, null).environment("staging", "dev", null)
                .pointer("dev", NEW, null).pointer("staging", OLD, null);
    }

    private CliRun diff(String... args) {
        return CliRun.of(arguments(args));
    }

    private String[] arguments(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "diff";
        all[1] = CheckoutFilesFixture.PROJECT;
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--repo";
        all[args.length + 3] = checkout.root().toString();
        all[args.length + 4] = "--registry=oci-layout:" + temp.resolve("layout");
        return all;
    }

    @Test
    void refusesRegistryCredentialsWithoutTheHostTheyAreFor() {
        CliRun run = CliRun.withEnvironment(java.util.Map.of("GANTRY_REGISTRY_USERNAME", "ci",
                "GANTRY_REGISTRY_PASSWORD", "s3cret-never-printed"), arguments("--from", "dev", "--to", "staging"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: GANTRY_REGISTRY_USERNAME and GANTRY_REGISTRY_PASSWORD are set but "
                + "GANTRY_REGISTRY_HOST is not").doesNotContain("s3cret-never-printed").doesNotContain("internal error");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void diffRefusesAnEnvironmentRegistryNamingAFolderOnTheMachine() throws Exception {
        checkout.environment("staging", "dev", "oci-layout:" + temp.resolve("layout"));

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("environments/staging/environment.yaml")
                .contains("a local oci-layout:DIR is given with --registry or gantry.registry, never by the repository");
        assertThat(run.out()).doesNotContain("edited").doesNotContain("value: new");
    }

    @Test
    void diffSaysWhenTheControllerWouldRefuseTheReleaseAndExitsOne() throws Exception {
        String hostile = "3".repeat(40);
        CheckoutFilesFixture.publish(layout, RegistryCredentials.NONE, hostile, """
                apiVersion: v1
                kind: ConfigMap
                metadata: { name: gantry-inventory.staging.platform.other }
                ---
                apiVersion: v1
                kind: Secret
                metadata: { name: s, namespace: kube-system }
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: { name: evil }
                """);
        checkout.pointer("dev", hostile, null);

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).contains("the controller would refuse dev (3333333) and apply nothing of it:",
                "  refused  ConfigMap hello-staging/gantry-inventory.staging.platform.other (v1) uses a name Gantry reserves",
                "  refused  Secret kube-system/s (v1) is outside namespace hello-staging of environment staging",
                "  refused  ClusterRole evil (rbac.authorization.k8s.io/v1) is cluster-scoped and environment staging does not"
                        + " allow ClusterRole");
    }

    @Test
    void printsAUnifiedDiffPerObjectRenderedForTheTargetEnvironmentAndASummary() {
        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("--- staging/v1/ConfigMap/hello-staging/edited", "+++ dev/v1/ConfigMap/hello-staging/edited",
                        "-  value: old", "+  value: new", "+++ dev/v1/ConfigMap/hello-staging/fresh",
                        "--- staging/v1/ConfigMap/hello-staging/gone")
                .contains("+    gantry.dev/environment: staging")
                .contains("platform/hello: staging (1111111) -> dev (2222222): 1 added, 1 changed, 1 removed, 1 unchanged")
                .containsPattern("added +ConfigMap hello-staging/fresh \\(v1\\)")
                .containsPattern("changed +ConfigMap hello-staging/edited \\(v1\\)")
                .containsPattern("removed +ConfigMap hello-staging/gone \\(v1\\)")
                .doesNotContain("kept");
    }

    @Test
    void exitsZeroAndSaysSoWhenNothingDiffers() throws Exception {
        checkout.pointer("staging", NEW, null);

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "platform/hello: staging (2222222) -> dev (2222222): 0 added, 0 changed, 0 removed, 3 unchanged");
    }

    @Test
    void showsEveryObjectAddedWithTheTargetsOverlaysWhenTheTargetHasNoPointerYet() throws Exception {
        checkout.environment("production", "staging", null).pointer("production", "3".repeat(40), null);
        checkout = new CheckoutFilesFixture(checkout.root()).patch("staging", "tier.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kept\ndata:\n  tier: gold\n");
        Files.delete(checkout.root().resolve("environments/staging/platform/hello/release.yaml"));

        JsonNode json = json(diff("--from", "dev", "--to", "staging", "--output", "json"));

        assertThat(json.get("before").isNull()).isTrue();
        assertThat(json.at("/after/release").asString()).isEqualTo(NEW);
        assertThat(json.at("/summary/added").asInt()).isEqualTo(3);
        assertThat(json.get("objects").findValuesAsString("change")).containsOnly("added");
        assertThat(json.get("objects").findValuesAsString("name")).containsExactly("edited", "fresh", "kept");
        assertThat(json.at("/objects/2/name").asString()).isEqualTo("kept");
        assertThat(json.at("/objects/2/namespace").asString()).isEqualTo("hello-staging");
        assertThat(json.at("/objects/2/diff").asString()).contains("+  tier: gold\n", "@@ -0,0 +1,");
    }

    @Test
    void writesJsonWithBothReleasesTheirDigestsAndEachObjectsDiff() {
        JsonNode json = json(diff("--from", "dev", "--to", "staging", "--output", "json"));

        assertThat(json.get("project").asString()).isEqualTo("platform/hello");
        assertThat(json.at("/before/label").asString()).isEqualTo("staging");
        assertThat(json.at("/before/release").asString()).isEqualTo(OLD);
        assertThat(json.at("/before/digest").asString()).startsWith("sha256:");
        assertThat(json.at("/after/label").asString()).isEqualTo("dev");
        assertThat(json.get("identical").asBoolean()).isFalse();
        assertThat(json.at("/summary/changed").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/unchanged").asInt()).isEqualTo(1);
        assertThat(json.get("objects").findValuesAsString("name")).containsExactly("edited", "fresh", "gone");
        assertThat(json.at("/objects/0/diff").asString()).contains("-  value: old\n", "+  value: new\n");
    }

    @Test
    void comparesTwoReleasesAsPackagedWithoutAnEnvironment() {
        CliRun run = diff("--release", OLD, "--release", NEW);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("--- 1111111/v1/ConfigMap/edited", "+++ 2222222/v1/ConfigMap/edited")
                .contains("platform/hello: 1111111 (1111111) -> 2222222 (2222222): 1 added, 1 changed, 1 removed")
                .doesNotContain("gantry.dev/environment");
    }

    @Test
    void comparesTwoReleasesRenderedForAnEnvironmentWhenAsked() {
        CliRun run = diff("--release", OLD, "--release", NEW, "--env", "staging");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("--- 1111111/v1/ConfigMap/hello-staging/edited");
    }

    @Test
    void diffRefusesASymlinkedPatch() throws Exception {
        Path secret = Files.writeString(temp.resolve("ci-secret.yaml"), "token: do-not-read\n");
        Path patches = Files.createDirectories(checkout.root().resolve("environments/staging/platform/hello/patches"));
        Files.createSymbolicLink(patches.resolve("tier.yaml"), secret);

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("environments/staging/platform/hello/patches/tier.yaml:1:1: is a symbolic link: "
                + "links in the GitOps repository are not followed; use regular files and folders")
                .doesNotContain("do-not-read");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void diffRefusesAPointerUnderASymlinkedFolder() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside/hello"));
        Files.move(checkout.root().resolve("environments/dev/platform/hello/release.yaml"),
                outside.resolve("release.yaml"));
        FileUtils.delete(checkout.root().resolve("environments/dev/platform").toFile(),
                FileUtils.RECURSIVE);
        Files.createSymbolicLink(checkout.root().resolve("environments/dev/platform"), outside.getParent());

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("environments/dev/platform:1:1: is a symbolic link");
    }

    @Test
    void refusesWhenTheSourceEnvironmentHasNoPointer() throws Exception {
        Files.delete(checkout.root().resolve("environments/dev/platform/hello/release.yaml"));

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: platform/hello has no pointer in environment dev: nothing to promote");
    }

    @Test
    void refusesAReleaseThatIsNotInTheRegistry() throws Exception {
        checkout.pointer("dev", "4".repeat(40), null);

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("4444444444444444444444444444444444444444 does not exist");
    }

    @Test
    void refusesAPointerWhoseDigestDoesNotMatchTheArtifact() throws Exception {
        checkout.pointer("dev", NEW, "sha256:" + "0".repeat(64));

        CliRun run = diff("--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("not the pinned digest sha256:" + "0".repeat(64));
    }

    @Test
    void deeplyNestedManifestIsRefusedNamingTheFile() throws Exception {
        publishHostile(HostileManifests.deeplyNested());

        assertRefusedNamingTheFile(diff("--from", "dev", "--to", "staging"), "app.yaml:", "nesting deeper than 128 levels");
    }

    @Test
    void billionLaughsManifestIsRefused() throws Exception {
        publishHostile(HostileManifests.billionLaughs());

        assertRefusedNamingTheFile(diff("--from", "dev", "--to", "staging"), "app.yaml:", "more than 16 aliases in one file");
    }

    @Test
    void tooManyDocumentsIsRefused() throws Exception {
        checkout.patch("staging", "many.yaml", HostileManifests.tooManyDocuments());

        assertRefusedNamingTheFile(diff("--from", "dev", "--to", "staging"),
                "environments/staging/platform/hello/patches/many.yaml:", "more than 10000 YAML documents");
    }

    private void publishHostile(String manifests) throws Exception {
        String hostile = "3".repeat(40);
        CheckoutFilesFixture.publish(layout, RegistryCredentials.NONE, hostile, manifests);
        checkout.pointer("dev", hostile, null);
    }

    private static void assertRefusedNamingTheFile(CliRun run, String file, String problem) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains(file).contains(problem);
    }

    @Test
    void treatsMixedOrIncompleteSelectionsAsUsageErrors() {
        assertThat(diff("--from", "dev").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(diff("--release", OLD).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(diff("--release", OLD, "--release", NEW, "--from", "dev").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(diff("--from", "dev", "--to", "staging", "--env", "dev").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun shortSha = diff("--release", "1111111", "--release", NEW);
        assertThat(shortSha.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(shortSha.err()).contains("--release 1111111 is not a full 40-hex lowercase commit SHA");
    }

    private static JsonNode json(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }
}
