package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.hoclieu.core.quiz.model.Question;

import java.util.Map;

/**
 * A quiz as a QTI 2.1 {@code assessmentTest}: one part, one section with the slots in order —
 * a fixed question is an item reference, a draw is a sub-section of its category's questions with
 * a {@code selection}. Each reference carries the slot's points as its {@code weight} (relative to
 * the item's own points) and as {@code hoclieu:points}; the test's SCORE sums the weighted scores.
 */
final class QtiTestWriter {

    private static final String WEIGHT = "W";

    private final QtiXmlWriter xml = QtiXmlWriter.document(QtiExtension.QTI, "assessmentTest");
    private final Map<String, Question> questions;
    private int references;

    private QtiTestWriter(Map<String, Question> questions) {
        this.questions = questions;
    }

    static Document write(QtiPackageWriter.TestPlan plan, Map<String, Question> questions) {
        QtiTestWriter writer = new QtiTestWriter(questions);
        writer.test(plan);
        return writer.xml.document();
    }

    private void test(QtiPackageWriter.TestPlan plan) {
        Element test = xml.root();
        test.setAttribute("identifier", plan.identifier());
        test.setAttribute("title", QtiXmlWriter.safe(plan.title()));
        Element score = xml.add(test, "outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float");
        xml.add(xml.add(score, "defaultValue"), "value").setTextContent("0");
        Element part = xml.add(test, "testPart", "identifier", "P1", "navigationMode", "nonlinear", "submissionMode", "simultaneous");
        Element section = xml.add(part, "assessmentSection", "identifier", "S0", "title", plan.title(), "visible", "true");
        int drawn = 0;
        for (QtiPackageWriter.Slot slot : plan.slots()) {
            if (slot.select() == null) {
                reference(section, slot.questionIds().getFirst(), slot);
            } else {
                Element draw = xml.add(section, "assessmentSection", "identifier", "S" + ++drawn, "title", "S" + drawn, "visible", "false");
                xml.add(draw, "selection", "select", Integer.toString(slot.select()));
                slot.questionIds().forEach(id -> reference(draw, id, slot));
            }
        }
        Element total = xml.add(xml.add(test, "outcomeProcessing"), "setOutcomeValue", "identifier", "SCORE");
        xml.add(xml.add(total, "sum"), "testVariables", "variableIdentifier", "SCORE", "weightIdentifier", WEIGHT);
    }

    private void reference(Element section, String questionId, QtiPackageWriter.Slot slot) {
        Element ref = xml.add(section, "assessmentItemRef", "identifier", "R" + ++references, "href", QtiPackageWriter.itemFile(questionId));
        xml.ours(ref, "points", slot.points().toPlainString());
        Question q = questions.get(questionId);
        if (q != null) {
            xml.add(ref, "weight", "identifier", WEIGHT, "value", QtiPackageWriter.weight(slot.points(), q.points()).toPlainString());
        }
    }
}
