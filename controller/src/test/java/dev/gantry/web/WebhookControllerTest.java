package dev.gantry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class WebhookControllerTest {

    private static final String SECRET = "webhook-s3cret";
    private static final byte[] PUSH_MAIN = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);

    private final List<String> syncs = new ArrayList<>();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new WebhookController(
            new WebhookProvider.Secrets(Map.of(WebhookProvider.GITHUB, SECRET, WebhookProvider.GITLAB, SECRET,
                    WebhookProvider.GITEA, SECRET, WebhookProvider.GENERIC, SECRET)),
            "main", syncs::add, WebhookLimits.DEFAULT)).build();

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void acceptsASignedGithubPushAndRequestsASync() throws Exception {
        mvc.perform(post("/hooks/github").content(PUSH_MAIN).header("X-Hub-Signature-256", "sha256=" + hmac(PUSH_MAIN)))
                .andExpect(status().isAccepted());

        assertThat(syncs).containsExactly("webhook github");
    }

    @Test
    void pingDeliveryStartsNoSync() throws Exception {
        byte[] ping = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}".getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/hooks/github").content(ping).header("X-GitHub-Event", "ping")
                        .header("X-Hub-Signature-256", "sha256=" + hmac(ping)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ignored: ping event")));
        assertThat(syncs).isEmpty();

        mvc.perform(post("/hooks/github").content(PUSH_MAIN).header("X-GitHub-Event", "push")
                        .header("X-Hub-Signature-256", "sha256=" + hmac(PUSH_MAIN)))
                .andExpect(status().isAccepted());
        assertThat(syncs).containsExactly("webhook github");
    }

    @Test
    void ignoresAGitlabEventOtherThanAPush() throws Exception {
        mvc.perform(post("/hooks/gitlab").content(PUSH_MAIN).header("X-Gitlab-Event", "Merge Request Hook")
                        .header("X-Gitlab-Token", SECRET))
                .andExpect(status().isOk());
        mvc.perform(post("/hooks/gitlab").content(PUSH_MAIN).header("X-Gitlab-Event", "Push Hook")
                        .header("X-Gitlab-Token", SECRET))
                .andExpect(status().isAccepted());

        assertThat(syncs).containsExactly("webhook gitlab");
    }

    @Test
    void acceptsGiteaGenericAndGitlabProofs() throws Exception {
        mvc.perform(post("/hooks/gitea").content(PUSH_MAIN).header("X-Gitea-Signature", hmac(PUSH_MAIN)))
                .andExpect(status().isAccepted());
        mvc.perform(post("/hooks/generic").content(PUSH_MAIN).header("X-Gantry-Signature", "sha256=" + hmac(PUSH_MAIN)))
                .andExpect(status().isAccepted());
        mvc.perform(post("/hooks/gitlab").content(PUSH_MAIN).header("X-Gitlab-Token", SECRET))
                .andExpect(status().isAccepted());

        assertThat(syncs).containsExactly("webhook gitea", "webhook generic", "webhook gitlab");
    }

    @Test
    void rejectsABadSignatureWith401AndChangesNothing() throws Exception {
        mvc.perform(post("/hooks/github").content(PUSH_MAIN).header("X-Hub-Signature-256", "sha256=" + "0".repeat(64)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(SECRET))));
        mvc.perform(post("/hooks/gitlab").content(PUSH_MAIN).header("X-Gitlab-Token", "guess"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/hooks/generic").content(PUSH_MAIN)).andExpect(status().isUnauthorized());

        assertThat(syncs).isEmpty();
    }

    @Test
    void rejectsASignatureOverADifferentBody() throws Exception {
        byte[] tampered = "{\"ref\":\"refs/heads/main\",\"x\":1}".getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/hooks/github").content(tampered).header("X-Hub-Signature-256", "sha256=" + hmac(PUSH_MAIN)))
                .andExpect(status().isUnauthorized());

        assertThat(syncs).isEmpty();
    }

    @Test
    void ignoresAPushToAnotherBranch() throws Exception {
        byte[] other = "{\"ref\":\"refs/heads/feature\"}".getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/hooks/github").content(other).header("X-Hub-Signature-256", "sha256=" + hmac(other)))
                .andExpect(status().isAccepted())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ignored")));

        assertThat(syncs).isEmpty();
    }

    @Test
    void refusesABodyOverOneMebibyte() throws Exception {
        byte[] huge = new byte[WebhookController.MAX_BODY + 1];

        mvc.perform(post("/hooks/github").content(huge).header("X-Hub-Signature-256", "sha256=" + hmac(huge)))
                .andExpect(status().is(413));

        assertThat(syncs).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownProvider() throws Exception {
        mvc.perform(post("/hooks/bitbucket").content(PUSH_MAIN)).andExpect(status().isNotFound());
    }

    @Test
    void neverVerifiesWithoutAConfiguredSecret() throws Exception {
        MockMvc unconfigured = MockMvcBuilders.standaloneSetup(new WebhookController(
                new WebhookProvider.Secrets(Map.of()), "main", syncs::add, WebhookLimits.DEFAULT)).build();

        unconfigured.perform(post("/hooks/gitlab").content(PUSH_MAIN).header("X-Gitlab-Token", ""))
                .andExpect(status().isUnauthorized());
    }
}
