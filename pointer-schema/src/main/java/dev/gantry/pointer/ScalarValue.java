package dev.gantry.pointer;

import java.util.Objects;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * A scalar to write, with the tag it must read back as: a string or an integer.
 *
 * @param text the value's text: the string itself, or the integer's decimal digits
 * @param tag {@link Tag#STR} or {@link Tag#INT}
 */
record ScalarValue(String text, Tag tag) {

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();
    private static final ScalarResolver JSON = new JsonSchema().getScalarResolver();
    private static final Pattern YAML11_BOOLEAN = Pattern.compile("y|n|yes|no|on|off", Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML11_TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \t].*)?");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    /** A string value. */
    static ScalarValue string(String text) {
        Objects.requireNonNull(text, "value must not be null: use remove to delete a field");
        return new ScalarValue(text, Tag.STR);
    }

    /** An integer value, always written plain. */
    static ScalarValue integer(long value) {
        return new ScalarValue(Long.toString(value), Tag.INT);
    }

    /** The text to put in place of a scalar written in {@code existing} style, keeping that style when it can. */
    String render(ScalarStyle existing) {
        if (Tag.INT.equals(tag)) {
            return text;
        }
        return switch (existing) {
            case SINGLE_QUOTED -> singleQuotable() ? "'" + text.replace("'", "''") + "'" : doubleQuoted();
            case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> doubleQuoted();
            default -> renderNew();
        };
    }

    /** The text for a new field: plain when plain reads back as this very string, else double-quoted. */
    String renderNew() {
        return Tag.INT.equals(tag) || plainSafe() ? text : doubleQuoted();
    }

    /**
     * Whether the string can be written plain anywhere, block or flow: no indicator first, nothing that
     * starts a comment or a mapping value, no flow indicator, nothing to escape, and it resolves to a
     * string under the YAML 1.2 core and JSON schemas. Values YAML 1.1 readers would take as booleans
     * or timestamps are quoted too, so other tools read the file the same way.
     */
    private boolean plainSafe() {
        return !text.isEmpty()
                && text.equals(text.strip())
                && text.codePoints().noneMatch(ScalarValue::needsEscape)
                && INDICATORS.indexOf(text.charAt(0)) < 0
                && text.chars().noneMatch(c -> FLOW_INDICATORS.indexOf(c) >= 0)
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && Tag.STR.equals(CORE.resolve(text, true))
                && Tag.STR.equals(JSON.resolve(text, true))
                && !YAML11_BOOLEAN.matcher(text).matches()
                && !YAML11_TIMESTAMP.matcher(text).matches();
    }

    private boolean singleQuotable() {
        return text.codePoints().noneMatch(ScalarValue::needsEscape);
    }

    private String doubleQuoted() {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(cp -> quoted.append(escape(cp)));
        return quoted.append('"').toString();
    }

    /** Escapes line and paragraph separators as hexadecimal escapes: snakeyaml cannot read YAML's L and P escapes. */
    private static String escape(int cp) {
        return switch (cp) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case 0 -> "\\0";
            case 0x85 -> "\\N";
            default -> !needsEscape(cp) ? Character.toString(cp)
                    : cp <= 0xFF ? String.format("\\x%02X", cp) : String.format("\\u%04X", cp);
        };
    }

    /** Control characters, line and paragraph separators, BOM, non-characters and lone surrogates. */
    private static boolean needsEscape(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029
                || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF);
    }
}
