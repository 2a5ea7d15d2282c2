package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Element;

import java.util.Optional;

/**
 * What QTI 2.1 cannot say about a bank question travels in attributes of our own namespace, which
 * other tools ignore and our reader reads back (so an exported package re-imports losslessly):
 * <ul>
 * <li>on {@code assessmentItem}: {@code hoclieu:type} (the bank's question type, where QTI's
 * interactions are ambiguous: true/false, a cloze of one box), {@code hoclieu:difficulty} (1–5)
 * and {@code hoclieu:tags} (comma-separated);</li>
 * <li>on a {@code responseDeclaration}: {@code hoclieu:caseSensitive} and
 * {@code hoclieu:ignoreDiacritics} (short text), {@code hoclieu:partialCredit} (ordering);</li>
 * <li>on a {@code textEntryInteraction} or {@code inlineChoiceInteraction}: {@code hoclieu:gap},
 * the number of its {@code [[gap:N]]} in the stem, or {@code none} when the stem has no box and
 * the pupil's box comes after it;</li>
 * <li>{@code hoclieu:added="true"} on an element we added only to make the XML valid QTI (the
 * stem's wrapping {@code div}, the labels of a true/false question's options): its content is
 * read, the element itself is not;</li>
 * <li>on an {@code assessmentItemRef}: {@code hoclieu:points}, the quiz slot's points (also
 * given the QTI way, as the item's {@code weight}).</li>
 * </ul>
 * Points are the item's {@code MAXSCORE}; a numeric tolerance is {@code equal} with
 * {@code toleranceMode="absolute"}; an essay's grader guidance is a {@code rubricBlock} for the scorer.
 */
final class QtiExtension {

    static final String NAMESPACE = "https://hoclieu.vn/xsd/qti-extension/1";
    static final String PREFIX = "hoclieu";
    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String NO_GAP = "none";

    private QtiExtension() {
    }

    /** Our attribute {@code name} of {@code e}, if it has one. */
    static Optional<String> attribute(Element e, String name) {
        return e.hasAttributeNS(NAMESPACE, name) ? Optional.of(e.getAttributeNS(NAMESPACE, name)) : Optional.empty();
    }

    static boolean added(Element e) {
        return "true".equals(e.getAttributeNS(NAMESPACE, "added"));
    }
}
