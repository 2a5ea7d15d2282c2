package vn.hoclieu.web.quiz.view;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bank question as the bank page's small form holds it: plain text in one paragraph, up to four
 * options a–d, each followed by the repository media inserted with the picker ({@code stemMedia},
 * {@code optionMedia}: img, audio and video elements), and the keys the form writes. A question
 * the form cannot hold without losing something (formatting, media inside the text, other types,
 * key options the form has no field for) is not offered for editing there: its owner edits it
 * through the API or a QTI package.
 */
record FormQuestion(QuestionType type, String title, String stem, String stemMedia, List<String> options, List<String> optionMedia,
                    List<Boolean> correct, boolean trueIsRight, String accepted, BigDecimal value, BigDecimal tolerance,
                    BigDecimal points, int difficulty) {

    private static final Set<String> MEDIA = Set.of("img", "audio", "video");

    /** Text and the media that follow it. */
    record Content(String text, String media) {
    }

    static final Set<QuestionType> TYPES = Set.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
            QuestionType.TRUE_FALSE, QuestionType.SHORT_TEXT, QuestionType.NUMERIC);

    static Optional<FormQuestion> of(BankQuestion q, int optionCount) {
        Optional<Content> stem = content(q.stem());
        if (!TYPES.contains(q.type()) || stem.isEmpty() || q.choices().size() > optionCount || !q.targets().isEmpty()
                || q.gapChoices().stream().anyMatch(g -> !g.isEmpty()) || !keyFits(q.type(), q.key())) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(Collections.nCopies(optionCount, (String) null));
        List<String> optionMedia = new ArrayList<>(Collections.nCopies(optionCount, ""));
        List<Boolean> correct = new ArrayList<>(Collections.nCopies(optionCount, (Boolean) null));
        Set<String> right = rightIds(q.type(), q.key());
        for (int i = 0; i < q.choices().size(); i++) {
            Choice choice = q.choices().get(i);
            Optional<Content> content = content(choice.html());
            if (!choice.id().equals(id(i)) || content.isEmpty()) {
                return Optional.empty();
            }
            options.set(i, content.get().text());
            optionMedia.set(i, content.get().media());
            correct.set(i, right.contains(choice.id()));
        }
        JsonObject key = q.key();
        return Optional.of(new FormQuestion(q.type(), q.title(), stem.get().text(), stem.get().media(), options, optionMedia, correct,
                q.type() == QuestionType.TRUE_FALSE && key.getBoolean("correct", true),
                q.type() == QuestionType.SHORT_TEXT ? key.getJsonArray("accepted").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).collect(Collectors.joining("\n")) : null,
                q.type() == QuestionType.NUMERIC ? key.getJsonNumber("value").bigDecimalValue() : null,
                q.type() == QuestionType.NUMERIC ? key.getJsonNumber("tolerance").bigDecimalValue() : BigDecimal.ZERO,
                q.points(), q.difficulty()));
    }

    /** What a teacher types is text: escaped, and kept as one paragraph (the stored form is HTML). */
    static String paragraph(String typed) {
        if (typed == null) {
            return "";
        }
        String escaped = typed.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<p>" + escaped.replace("\n", "<br/>") + "</p>";
    }

    /** What the form writes: the typed text as a paragraph, then the inserted media (their markup is the server's). */
    static String html(String typed, String media) {
        return paragraph(typed) + (media == null ? "" : media);
    }

    /** HTML that is a paragraph of text (see {@link #plain}) followed by nothing but media elements; empty for anything else. */
    static Optional<Content> content(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html == null ? "" : html);
        parsed.outputSettings().prettyPrint(false);
        List<Node> top = new ArrayList<>(parsed.body().childNodes());
        StringBuilder media = new StringBuilder();
        while (!top.isEmpty() && top.getLast() instanceof Element e && MEDIA.contains(e.normalName())) {
            media.insert(0, e.outerHtml());
            top.removeLast();
        }
        String rest = top.stream().map(Node::outerHtml).collect(Collectors.joining());
        return plain(rest).map(text -> new Content(text, media.toString()));
    }

    /**
     * The text of HTML that is text and line breaks, alone or in one paragraph (what {@link #paragraph}
     * writes, or a bare option such as "5" sent to the API); empty for anything richer.
     */
    static Optional<String> plain(String html) {
        List<Node> top = Jsoup.parseBodyFragment(html == null ? "" : html).body().childNodes();
        if (top.size() == 1 && top.getFirst() instanceof Element p && p.normalName().equals("p")) {
            top = p.childNodes();
        }
        StringBuilder text = new StringBuilder();
        for (Node node : top) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element br && br.normalName().equals("br")) {
                text.append('\n');
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(text.toString());
    }

    static String id(int i) {
        return String.valueOf((char) ('a' + i));
    }

    /** Keys with options the form has no field for (case, diacritics, all-or-nothing) are left to the API. */
    private static boolean keyFits(QuestionType type, JsonObject key) {
        return switch (type) {
            case MULTIPLE_RESPONSE -> key.getBoolean("partialCredit", true);
            case SHORT_TEXT -> !key.getBoolean("caseSensitive", false) && !key.getBoolean("ignoreDiacritics", false);
            default -> true;
        };
    }

    private static Set<String> rightIds(QuestionType type, JsonObject key) {
        return switch (type) {
            case SINGLE_CHOICE -> Set.of(key.getString("correct", ""));
            case MULTIPLE_RESPONSE -> key.getJsonArray("correct").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .collect(Collectors.toSet());
            default -> Set.of();
        };
    }
}
