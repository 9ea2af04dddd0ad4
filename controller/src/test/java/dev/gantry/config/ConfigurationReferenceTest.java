package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keeps the configuration reference in {@code docs/operations.md} complete and true: every setting
 * bound in {@link GantryProperties} has a table row naming it, its environment variable and its
 * default, and every {@code gantry.*} row names a setting that is bound.
 */
class ConfigurationReferenceTest {

    private static final Path OPERATIONS_MD = Path.of(System.getProperty("gantry.docs", "../docs"), "operations.md");
    private static final Pattern DOCUMENTED_NAME = Pattern.compile("^\\| `(gantry\\.[a-z0-9.<>-]+)`");

    @Test
    void everyBoundSettingHasARowWithItsEnvironmentVariableAndDefault() throws IOException {
        List<String> rows = referenceSection().stream().filter(line -> line.startsWith("|")).toList();

        List<Setting> settings = Setting.of(GantryProperties.class, "gantry");

        assertThat(settings).extracting(Setting::name)
                .contains("gantry.repo", "gantry.git.ssh-key", "gantry.leader-election.lease-duration", "gantry.sources.<>.url");
        assertThat(settings).allSatisfy(setting -> assertThat(rows)
                .as("docs/operations.md has a row with `%s`, `%s` and default `%s`", setting.name(), setting.variable(),
                        setting.defaultValue())
                .anyMatch(setting::describedBy));
    }

    @Test
    void everyDocumentedSettingIsBound() throws IOException {
        List<String> names = Setting.of(GantryProperties.class, "gantry").stream().map(Setting::name).toList();

        List<String> documented = new ArrayList<>();
        for (String line : referenceSection()) {
            Matcher matcher = DOCUMENTED_NAME.matcher(line);
            if (matcher.find()) {
                documented.add(matcher.group(1).replaceAll("<[a-z-]+>", "<>"));
            }
        }

        assertThat(documented).isNotEmpty().allSatisfy(name -> assertThat(names).contains(name));
    }

    @Test
    void namesSettingsTheWaySpringBindsThem() {
        Setting lease = Setting.of(GantryProperties.class, "gantry").stream()
                .filter(setting -> setting.name().equals("gantry.leader-election.lease-namespace")).findFirst().orElseThrow();

        assertThat(lease.variable()).isEqualTo("GANTRY_LEADERELECTION_LEASENAMESPACE");
        assertThat(lease.defaultValue()).isEqualTo("gantry");
        assertThat(lease.describedBy("| `gantry.leader-election.lease-namespace` | `GANTRY_LEADERELECTION_LEASENAMESPACE` | `gantry` |"))
                .isTrue();
        assertThat(lease.describedBy("| `gantry.leader-election.lease-namespace` | `GANTRY_LEASENAMESPACE` | `gantry` |")).isFalse();
    }

    /** The lines of the section "## Configuration reference", up to the next section. */
    private static List<String> referenceSection() throws IOException {
        List<String> lines = Files.readAllLines(OPERATIONS_MD);
        int start = lines.indexOf("## Configuration reference");
        assertThat(start).as("docs/operations.md has a section '## Configuration reference'").isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start, end);
    }

    /**
     * One bound setting: its property name ({@code <>} stands for a map key), and its default or "".
     */
    private record Setting(String name, String defaultValue) {

        static List<Setting> of(Class<?> type, String prefix) {
            List<Setting> settings = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            Constructor<?> canonical = canonical(type, components);
            for (int i = 0; i < components.length; i++) {
                String name = prefix + "." + kebab(components[i].getName());
                DefaultValue value = canonical.getParameters()[i].getAnnotation(DefaultValue.class);
                Class<?> valueType = components[i].getType();
                if (valueType.isRecord()) {
                    settings.addAll(of(valueType, name));
                } else if (Map.class.isAssignableFrom(valueType)) {
                    ParameterizedType generic = (ParameterizedType) components[i].getGenericType();
                    settings.addAll(of((Class<?>) generic.getActualTypeArguments()[1], name + ".<>"));
                } else {
                    settings.add(new Setting(name, value == null ? "" : String.join(",", value.value())));
                }
            }
            return settings;
        }

        /** The environment variable Spring's relaxed binding reads: dots to underscores, no dashes, upper case. */
        String variable() {
            return name.replace("-", "").replace('.', '_').toUpperCase();
        }

        boolean describedBy(String row) {
            return matches(row, name) && matches(row, variable())
                    && (defaultValue.isEmpty() || row.contains("`" + defaultValue + "`"));
        }

        private static boolean matches(String row, String code) {
            String[] parts = code.split("<>", -1);
            String pattern = Arrays.stream(parts).map(Pattern::quote).reduce((a, b) -> a + "<[A-Za-z-]+>" + b).orElseThrow();
            return Pattern.compile("`" + pattern + "`").matcher(row).find();
        }

        private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
            try {
                return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        private static String kebab(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
        }
    }
}
