package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Element;
import vn.hoclieu.core.quiz.model.Question;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes bank questions as an IMS content package of QTI 2.1: one item file per question
 * ({@code items/<id>.xml}), for a quiz an {@code assessmentTest} ({@code test.xml}) with its
 * slots in order, and the {@code imsmanifest.xml} listing every file. {@link QtiPackageReader}
 * reads it back to the same questions ({@link QtiExtension} says how).
 */
public final class QtiPackageWriter {

    /** A quiz: its title and slots in order. */
    public record TestPlan(String identifier, String title, List<Slot> slots) {
    }

    /** A slot: a fixed question, or {@code select} drawn from {@code questionIds}; {@code points} per question. */
    public record Slot(List<String> questionIds, Integer select, BigDecimal points) {

        public static Slot fixed(String questionId, BigDecimal points) {
            return new Slot(List.of(questionId), null, points);
        }
    }

    private static final String IMSCP = "http://www.imsglobal.org/xsd/imscp_v1p1";

    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, byte[]> media;

    private QtiPackageWriter(List<Question> questions, Map<String, byte[]> media) {
        questions.forEach(q -> this.questions.putIfAbsent(q.sourceId(), q));
        this.media = media;
    }

    /** A bank's questions (their {@code sourceId}s must be distinct identifiers). */
    public static byte[] questions(List<Question> questions) {
        return questions(questions, Map.of());
    }

    /** A bank's questions and the media files they refer to (their assets), by path in the package. */
    static byte[] questions(List<Question> questions, Map<String, byte[]> media) {
        return new QtiPackageWriter(questions, media).zip(null);
    }

    /** A quiz: its questions and the test that orders them. */
    public static byte[] test(List<Question> questions, TestPlan test) {
        return test(questions, test, Map.of());
    }

    /** A quiz, its questions and the media files they refer to. */
    static byte[] test(List<Question> questions, TestPlan test, Map<String, byte[]> media) {
        return new QtiPackageWriter(questions, media).zip(test);
    }

    static String itemFile(String questionId) {
        return "items/" + questionId + ".xml";
    }

    private byte[] zip(TestPlan test) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "imsmanifest.xml", QtiXmlWriter.bytes(manifest(test).document()));
            for (Question q : questions.values()) {
                entry(zip, itemFile(q.sourceId()), QtiXmlWriter.bytes(QtiItemWriter.write(q)));
            }
            for (Map.Entry<String, byte[]> file : media.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
            if (test != null) {
                entry(zip, "test.xml", QtiXmlWriter.bytes(QtiTestWriter.write(test, questions)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private QtiXmlWriter manifest(TestPlan test) {
        QtiXmlWriter xml = QtiXmlWriter.document(IMSCP, "manifest");
        Element manifest = xml.root();
        manifest.setAttribute("identifier", "MANIFEST-" + (test == null ? "bank" : test.identifier()));
        Element metadata = xml.add(manifest, "metadata");
        xml.add(metadata, "schema").setTextContent("QTIv2.1 Package");
        xml.add(metadata, "schemaversion").setTextContent("1.0.0");
        xml.add(manifest, "organizations");
        Element resources = xml.add(manifest, "resources");
        for (Question q : questions.values()) {
            Element item = resource(xml, resources, "imsqti_item_xmlv2p1", "ITEM-" + q.sourceId(), itemFile(q.sourceId()));
            q.assets().stream().filter(media::containsKey).forEach(path -> xml.add(item, "file", "href", path));
        }
        if (test != null) {
            Element resource = resource(xml, resources, "imsqti_test_xmlv2p1", "TEST-" + test.identifier(), "test.xml");
            questions.keySet().forEach(id -> xml.add(resource, "dependency", "identifierref", "ITEM-" + id));
        }
        return xml;
    }

    private static Element resource(QtiXmlWriter xml, Element resources, String type, String identifier, String file) {
        Element resource = xml.add(resources, "resource", "identifier", identifier, "type", type, "href", file);
        xml.add(resource, "file", "href", file);
        return resource;
    }

    /** What a question is worth in a slot, relative to its own points: the item's QTI weight. */
    static BigDecimal weight(BigDecimal slotPoints, BigDecimal questionPoints) {
        return slotPoints.divide(questionPoints, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
