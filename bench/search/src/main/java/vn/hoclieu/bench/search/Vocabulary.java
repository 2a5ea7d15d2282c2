package vn.hoclieu.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Vietnamese running text from the corpus's Vietnamese files: a syllable bigram chain (each
 * syllable followed by one that followed it in the corpus, as often as it did), so that generated
 * texts have Vietnamese word frequencies, diacritics and common two-syllable words ("học sinh",
 * "phương trình") that phrase queries can find. Deterministic for a given random source.
 */
final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}-]*");

    private final String[] tokens;               // the corpus, in order: a start is a random position
    private final Map<String, String[]> next;    // syllable → what followed it (with repetitions)

    private Vocabulary(String[] tokens, Map<String, String[]> next) {
        this.tokens = tokens;
        this.next = next;
    }

    static Vocabulary fromFiles(List<Path> files) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (Path file : files) {
            String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
            var m = WORD.matcher(text.replaceAll("<[^>]*>", " "));
            while (m.find()) {
                String word = m.group();
                if (word.length() <= 12) {
                    tokens.add(word.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (tokens.size() < 1000) {
            throw new IllegalStateException("too little Vietnamese text in " + files);
        }
        Map<String, List<String>> followers = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            followers.computeIfAbsent(tokens.get(i), k -> new ArrayList<>()).add(tokens.get(i + 1));
        }
        Map<String, String[]> next = new HashMap<>();
        followers.forEach((k, v) -> next.put(k, v.toArray(String[]::new)));
        return new Vocabulary(tokens.toArray(String[]::new), next);
    }

    static List<Path> vietnameseFiles(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> texts = Files.list(corpus.resolve("text-vi"))) {
            texts.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Path html = corpus.resolve("docs/vi_debian-maint-guide_first.vi.html");
        if (Files.isRegularFile(html)) {
            files.add(html);
        }
        return files;
    }

    int size() {
        return tokens.length;
    }

    /** About {@code words} syllables of sentences (capitalised, with full stops). */
    String sentences(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder(words * 6);
        int written = 0;
        while (written < words) {
            int length = Math.min(words - written, 8 + random.nextInt(18));
            appendSentence(text, random, length);
            written += length;
        }
        return text.toString();
    }

    /** About {@code chars} characters of paragraphs. */
    String paragraphs(SplittableRandom random, int chars) {
        StringBuilder text = new StringBuilder(chars + 200);
        while (text.length() < chars) {
            int sentences = 3 + random.nextInt(6);
            for (int i = 0; i < sentences && text.length() < chars; i++) {
                appendSentence(text, random, 8 + random.nextInt(18));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** A phrase without punctuation (titles, keywords). */
    String phrase(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder(words * 6);
        String word = start(random);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(i == 0 ? capitalised(word) : word);
            word = following(random, word);
        }
        return text.toString();
    }

    private void appendSentence(StringBuilder text, SplittableRandom random, int words) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        String word = start(random);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            text.append(i == 0 ? capitalised(word) : word);
            word = following(random, word);
        }
        text.append('.');
    }

    private String start(SplittableRandom random) {
        return tokens[random.nextInt(tokens.length)];
    }

    private String following(SplittableRandom random, String word) {
        String[] candidates = next.get(word);
        // now and then jump elsewhere, so that texts do not copy long stretches of the corpus
        if (candidates == null || random.nextInt(6) == 0) {
            return start(random);
        }
        return candidates[random.nextInt(candidates.length)];
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }
}
