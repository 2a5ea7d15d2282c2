package vn.hoclieu.content.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoclieu.content.media.MediaFailure.Code;

/**
 * Captions uploaded as WebVTT or SRT, kept as WebVTT (what HTML {@code <track>} plays) and as plain
 * text for search.
 *
 * <p>Accepts UTF-8 (with or without BOM), UTF-16 with BOM, and, failing UTF-8, Windows-1258 (the
 * legacy Vietnamese code page); text is NFC-normalised. SRT's numbering is dropped, its
 * {@code 00:00:01,500} becomes {@code 00:00:01.500}, its {@code <i> <b> <u>} stay and other tags
 * ({@code <font>}, {@code {\an8}}) go. WebVTT cue ids, settings and STYLE/REGION blocks stay;
 * NOTE blocks go.
 */
public final class Captions {

    /** Larger is not a caption file. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(Captions.class.getName());
    private static final String TIME = "(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})";
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*" + TIME + "\\s*-->\\s*" + TIME + "(.*)$");
    private static final Pattern VTT_HEADER = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");
    private static final Pattern SRT_KEPT_TAG = Pattern.compile("(?i)</?([biu])\\s*>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>\\n]*>");
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");

    /** One caption: shown from {@code start} to {@code end}; {@code text} in WebVTT markup. */
    public record Cue(String id, Duration start, Duration end, String settings, String text) {

        /** The text without markup, lines joined by spaces. */
        public String plainText() {
            return unescape(ANY_TAG.matcher(text).replaceAll("")).replaceAll("\\s*\\n\\s*", " ").strip();
        }
    }

    private final String sourceFormat;
    private final List<String> headerBlocks;
    private final List<Cue> cues;

    private Captions(String sourceFormat, List<String> headerBlocks, List<Cue> cues) {
        this.sourceFormat = sourceFormat;
        this.headerBlocks = List.copyOf(headerBlocks);
        this.cues = List.copyOf(cues);
    }

    /** The WebVTT text of an SRT or WebVTT file. */
    public static String toWebVtt(Path srtOrVtt) throws MediaFailure {
        return read(srtOrVtt).webVtt();
    }

    /** @throws MediaFailure {@code unreadable}, {@code not-captions}, {@code too-large} */
    public static Captions read(Path srtOrVtt) throws MediaFailure {
        long size = MediaInput.checkReadable(srtOrVtt, Code.NOT_CAPTIONS);
        if (size > MAX_BYTES) {
            throw new MediaFailure(Code.TOO_LARGE, size + " bytes, captions are at most " + MAX_BYTES);
        }
        try {
            return parse(decode(Files.readAllBytes(srtOrVtt)));
        } catch (IOException e) {
            throw new MediaFailure(Code.UNREADABLE, "cannot read " + srtOrVtt + ": " + e, e);
        }
    }

    /** @throws MediaFailure {@code not-captions} */
    public static Captions parse(String text) throws MediaFailure {
        if (text.indexOf('\0') >= 0) {
            throw new MediaFailure(Code.NOT_CAPTIONS, "binary data, not caption text");
        }
        String normal = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<String> blocks = blocks(normal);
        if (blocks.isEmpty()) {
            throw new MediaFailure(Code.NOT_CAPTIONS, "no text");
        }
        String first = blocks.get(0).lines().findFirst().orElse("").strip();
        Captions captions = VTT_HEADER.matcher(first).matches() ? parseVtt(blocks) : parseSrt(blocks);
        if (captions.cues.isEmpty()) {
            throw new MediaFailure(Code.NOT_CAPTIONS, "no cue (no line like \"00:00:01,000 --> 00:00:04,000\")");
        }
        return captions;
    }

    /** "srt" or "vtt": what was uploaded. */
    public String sourceFormat() {
        return sourceFormat;
    }

    public List<Cue> cues() {
        return cues;
    }

    /** The captions as a WebVTT file (UTF-8 without BOM, LF line ends). */
    public String webVtt() {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (String block : headerBlocks) {
            out.append(block).append("\n\n");
        }
        for (Cue cue : cues) {
            if (cue.id() != null) {
                out.append(cue.id()).append('\n');
            }
            out.append(timestamp(cue.start())).append(" --> ").append(timestamp(cue.end()));
            if (!cue.settings().isEmpty()) {
                out.append(' ').append(cue.settings());
            }
            out.append('\n').append(cue.text()).append("\n\n");
        }
        return out.toString();
    }

    /** What is said, for search: one line per cue, markup gone, a cue repeating the previous dropped. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (Cue cue : cues) {
            String line = cue.plainText();
            if (!line.isEmpty() && !line.equals(previous)) {
                out.append(line).append('\n');
            }
            previous = line;
        }
        return out.toString();
    }

    static String timestamp(Duration d) {
        long ms = d.toMillis();
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    // ---- parsing

    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block.toString());
                    block.setLength(0);
                }
            } else {
                block.append(block.isEmpty() ? "" : "\n").append(stripEnd(line));
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block.toString());
        }
        return blocks;
    }

    private static Captions parseSrt(List<String> blocks) {
        List<Cue> cues = new ArrayList<>();
        int skipped = 0;
        for (String block : blocks) {
            List<String> lines = new ArrayList<>(block.lines().toList());
            int timingLine = lines.size() > 1 && lines.get(0).strip().matches("\\d+") ? 1 : 0;
            Matcher m = TIMING.matcher(lines.get(timingLine));
            if (!m.matches()) {
                skipped++;
                continue;
            }
            String text = srtTextToVtt(String.join("\n", lines.subList(timingLine + 1, lines.size())));
            Cue cue = cue(null, m, "", text);
            if (cue == null) {
                skipped++;
            } else {
                cues.add(cue);
            }
        }
        logSkipped("SRT", skipped);
        return new Captions("srt", List.of(), cues);
    }

    private static Captions parseVtt(List<String> blocks) {
        List<String> header = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        int skipped = 0;
        for (int b = 0; b < blocks.size(); b++) {
            String block = blocks.get(b);
            List<String> lines = block.lines().toList();
            if (b == 0) {
                lines = lines.subList(1, lines.size()); // "WEBVTT" and header lines up to the first blank line
                if (lines.isEmpty() || !lines.stream().anyMatch(l -> l.contains("-->"))) {
                    continue;
                }
            }
            String first = lines.get(0);
            if (first.startsWith("NOTE") && (first.length() == 4 || Character.isWhitespace(first.charAt(4)))) {
                continue;
            }
            if ((first.equals("STYLE") || first.equals("REGION")) && cues.isEmpty()) {
                header.add(String.join("\n", lines));
                continue;
            }
            int timingLine = first.contains("-->") ? 0 : 1;
            if (timingLine >= lines.size()) {
                skipped++;
                continue;
            }
            Matcher m = TIMING.matcher(lines.get(timingLine));
            if (!m.matches()) {
                skipped++;
                continue;
            }
            String id = timingLine == 1 ? first.strip() : null;
            String text = String.join("\n", lines.subList(timingLine + 1, lines.size())).replace("-->", "--&gt;");
            Cue cue = cue(id, m, m.group(9).strip(), text);
            if (cue == null) {
                skipped++;
            } else {
                cues.add(cue);
            }
        }
        logSkipped("WebVTT", skipped);
        return new Captions("vtt", header, cues);
    }

    private static Cue cue(String id, Matcher m, String settings, String text) {
        Duration start = time(m, 1);
        Duration end = time(m, 5);
        if (text.isBlank() || end.compareTo(start) <= 0) {
            return null;
        }
        return new Cue(id, start, end, settings, text.strip());
    }

    private static Duration time(Matcher m, int group) {
        long hours = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        String fraction = (m.group(group + 3) + "00").substring(0, 3); // ",5" is half a second
        return Duration.ofHours(hours)
                .plusMinutes(Long.parseLong(m.group(group + 1)))
                .plusSeconds(Long.parseLong(m.group(group + 2)))
                .plusMillis(Long.parseLong(fraction));
    }

    /** SRT markup → WebVTT markup: keep i/b/u, drop other tags, escape what WebVTT reserves. */
    static String srtTextToVtt(String srt) {
        String text = ASS_OVERRIDE.matcher(srt).replaceAll("");
        StringBuilder out = new StringBuilder();
        Matcher tag = ANY_TAG.matcher(text);
        int at = 0;
        while (tag.find()) {
            out.append(escape(text.substring(at, tag.start())));
            Matcher kept = SRT_KEPT_TAG.matcher(tag.group());
            if (kept.matches()) {
                out.append(tag.group().startsWith("</") ? "</" : "<").append(kept.group(1).toLowerCase(Locale.ROOT)).append('>');
            }
            at = tag.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString().replace("-->", "--&gt;");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    private static void logSkipped(String format, int skipped) {
        if (skipped > 0) {
            LOG.fine(() -> "skipped " + skipped + " " + format + " blocks that are not cues");
        }
    }

    /** Bytes → text: BOM, else strict UTF-8, else Windows-1258; NFC. */
    static String decode(byte[] bytes) {
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, Charset.forName("windows-1258"));
            }
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
