package se.sspf.notification.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.time.SwedishTime;

/**
 * The messages in Swedish and English (messages-sv and messages-en.properties beside this class). With the
 * youth's name (the consent lets the recipient's agency see it now) a message says what happened; without it a
 * personal notice says only that there is something in the case, and a procedural one speaks of the case code
 * alone.
 */
public final class MessageTemplates {

    private static final Map<Language, Texts> TEXTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            TEXTS.put(language, Texts.of(language));
        }
    }

    private MessageTemplates() {
    }

    /**
     * @param youthName the name, only where the recipient's agency may see it now; else null
     */
    public static Message render(Notice notice, String caseCode, @Nullable String youthName, Language language,
                                 String link) {
        Texts texts = TEXTS.get(language);
        if (youthName == null && notice.kind().personal()) {
            return texts.message("nameless", Map.of("code", caseCode), link);
        }
        String who = youthName == null ? caseCode : youthName + " (" + caseCode + ")";
        String day = notice.day() == null ? "" : texts.day(notice.day());
        String when = notice.at() == null ? "" : texts.when(notice.at());
        return texts.message(notice.kind().name(), Map.of("who", who, "day", day, "when", when), link);
    }

    /** One language's messages, and its way of writing a day and a time. */
    private record Texts(Properties texts, DateTimeFormatter day, DateTimeFormatter time) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

        static Texts of(Language language) {
            String name = "messages-" + language.name().toLowerCase(Locale.ROOT) + ".properties";
            Properties texts = new Properties();
            try (InputStream in = MessageTemplates.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("no " + name + " beside MessageTemplates");
                }
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Locale locale = Locale.forLanguageTag(texts.getProperty("locale"));
            return new Texts(texts, DateTimeFormatter.ofPattern(texts.getProperty("day"), locale),
                    DateTimeFormatter.ofPattern(texts.getProperty("time"), locale));
        }

        String day(LocalDate date) {
            return day.format(date);
        }

        String when(Instant at) {
            return fill("when", Map.of("day", day(LocalDate.ofInstant(at, SwedishTime.ZONE)),
                    "time", time.format(at.atZone(SwedishTime.ZONE))));
        }

        Message message(String key, Map<String, String> values, String link) {
            return new Message(fill(key + ".subject", values), fill(key + ".body", values) + "\n\n" + link);
        }

        /** The text with each {placeholder} replaced, in one pass: a value is never read as a template. */
        private String fill(String key, Map<String, String> values) {
            String template = texts.getProperty(key);
            if (template == null) {
                throw new IllegalStateException("no text " + key);
            }
            return PLACEHOLDER.matcher(template).replaceAll(found -> {
                String value = values.get(found.group(1));
                if (value == null) {
                    throw new IllegalStateException("no value for " + found.group() + " in " + key);
                }
                return Matcher.quoteReplacement(value);
            });
        }
    }
}
