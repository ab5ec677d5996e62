package se.sspf.e2e;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects. No PromQL parser is published for Java, and the language's
 * lexical rules make a small one honest: what is left once strings, label matchers, ranges and grouping clauses
 * are gone is functions (a name before a parenthesis), keywords, numbers, and metric names.
 */
final class PromQlMetricNames {

    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern OFFSET = Pattern.compile("\\boffset\\s+-?[0-9a-z]+");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");

    private PromQlMetricNames() {
    }

    static Set<String> of(String expression) {
        String rest = STRING.matcher(expression).replaceAll(" ");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        rest = OFFSET.matcher(rest).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(rest);
        while (name.find()) {
            boolean function = rest.substring(name.end()).stripLeading().startsWith("(");
            if (!function && !KEYWORDS.contains(name.group().toLowerCase(Locale.ROOT))) {
                names.add(name.group());
            }
        }
        return names;
    }
}
