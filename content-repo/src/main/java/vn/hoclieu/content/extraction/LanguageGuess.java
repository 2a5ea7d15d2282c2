package vn.hoclieu.content.extraction;

import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of a text as an ISO 639-1 code ({@code vi}, {@code en}) where one exists: detected
 * from the text (OpenNLP, which answers in ISO 639-3: {@code vie}), else the language the document
 * declares (often wrong: word processors stamp their own UI language on every document).
 */
final class LanguageGuess {

    /** Enough text to decide, from three places (a cover page or a licence is often in another language). */
    static final int SAMPLE_CHARS = 6_000;
    static final int MIN_LETTERS = 40;
    static final float CLEAR_LEAD = 2f;

    private static final Map<String, String> ISO1_BY_ISO3 = iso1ByIso3();

    private LanguageGuess() {
    }

    static Optional<String> of(String text, String declared) {
        Optional<String> detected = detect(text);
        return detected.isPresent() ? detected : fromTag(declared);
    }

    static Optional<String> detect(String text) {
        String sample = sample(text);
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        OpenNLPDetector detector = new OpenNLPDetector();   // the model is loaded once per JVM, statically
        detector.addText(sample);
        List<LanguageResult> results = detector.detectAll();
        if (results.isEmpty() || results.getFirst().getLanguage().isEmpty()) {   // isUnknown() means confidence NONE
            return Optional.empty();
        }
        LanguageResult best = results.getFirst();
        // OpenNLP spreads its score over 100+ languages: on a sentence or two even a clear winner
        // stays at confidence NONE, so a clear lead over the runner-up is taken as an answer too
        boolean clearLead = results.size() < 2 || best.getRawScore() >= CLEAR_LEAD * results.get(1).getRawScore();
        if (best.getConfidence() == LanguageConfidence.NONE && !clearLead) {
            return Optional.empty();
        }
        return Optional.of(toIso1(best.getLanguage()));
    }

    /** The whole text if short, else three windows at a quarter, a half and three quarters of it. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int window = SAMPLE_CHARS / 3;
        StringBuilder sample = new StringBuilder(SAMPLE_CHARS + 2);
        for (int quarter = 1; quarter <= 3; quarter++) {
            int start = (int) ((long) text.length() * quarter / 4) - window / 2;
            sample.append(text, start, start + window).append('\n');
        }
        return sample.toString();
    }

    /** {@code en-US} → {@code en}; {@code vie} → {@code vi}; blank → empty. */
    static Optional<String> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (!primary.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        return Optional.of(toIso1(primary));
    }

    static String toIso1(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.length() == 2) {
            return lower;
        }
        return ISO1_BY_ISO3.getOrDefault(lower, lower);
    }

    private static Map<String, String> iso1ByIso3() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.putIfAbsent(Locale.of(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known: nothing to map
            }
        }
        // individual languages OpenNLP names where ISO 639-1 only has the macrolanguage
        map.put("cmn", "zh");
        map.put("yue", "zh");
        map.put("wuu", "zh");
        map.put("arb", "ar");
        map.put("pes", "fa");
        map.put("prs", "fa");
        map.put("zsm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("swh", "sw");
        map.put("uzn", "uz");
        map.put("azj", "az");
        map.put("khk", "mn");
        map.put("npi", "ne");
        map.put("ory", "or");
        map.put("gug", "gn");
        map.put("plt", "mg");
        map.put("als", "sq");
        map.put("ydd", "yi");
        map.put("nob", "nb");
        map.put("nno", "nn");
        return Map.copyOf(map);
    }
}
