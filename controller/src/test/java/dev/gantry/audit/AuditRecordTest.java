package dev.gantry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    static final AuditRecord APPLIED = new AuditRecord("production", "platform", "auth-service",
            "3f2c9d1e3f2c9d1e3f2c9d1e3f2c9d1e3f2c9d1e", "sha256:" + "ab".repeat(32),
            List.of(new AuditedObject("apps/v1", "Deployment", "auth-service-production", "auth-service",
                            "6a1f-uid", "4711"),
                    new AuditedObject("rbac.authorization.k8s.io/v1", "ClusterRole", null, "auth-reader", "7b2e-uid", "12")),
            AuditResult.APPLIED, "applied 2 objects, healthy after 14s",
            Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T10:00:14.250Z"), "0.1.0");

    @Test
    void writesOneLineWithTheFieldsInTheirFixedOrder() throws IOException {
        assertThat(APPLIED.toJson()).isEqualTo(golden("audit-record-applied.golden.json")).doesNotContain("\n");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(AuditRecord.fromJson(APPLIED.toJson())).isEqualTo(APPLIED);
    }

    @Test
    void writesAbsentValuesAsNull() {
        AuditRecord failed = new AuditRecord("dev", "platform", "hello", "a".repeat(40), null, List.of(),
                AuditResult.FAILED, null, Instant.EPOCH, Instant.EPOCH, "0.1.0");

        assertThat(failed.toJson()).contains("\"digest\":null").contains("\"appliedObjects\":[]").contains("\"message\":null");
        assertThat(AuditRecord.fromJson(failed.toJson())).isEqualTo(failed);
    }

    @Test
    void ignoresFieldsANewerControllerAdded() {
        String newer = APPLIED.toJson().replace("\"controllerVersion\"", "\"approvedBy\":\"bob@example.com\",\"controllerVersion\"");

        assertThat(AuditRecord.fromJson(newer)).isEqualTo(APPLIED);
    }

    @Test
    void refusesTextThatIsNotAnAuditRecord() {
        assertThatThrownBy(() -> AuditRecord.fromJson("{\"kind\":\"Something\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AuditRecord");
        assertThatThrownBy(() -> AuditRecord.fromJson("deployed by hand, see ticket 42"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = AuditRecordTest.class.getResourceAsStream("/audit/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
