package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.hoclieu.core.quiz.ImportProblem;
import vn.hoclieu.core.quiz.ImportProblem.Code;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.model.Question;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an IMS content package (zip) of QTI 2.1/2.2 items and tests, or a single item file. The
 * package is untrusted: entries are counted and sized as they are read (never trusting the zip's
 * headers), paths that climb out are refused, and only XML is kept in memory (other files are only
 * listed, so that missing images can be reported).
 */
public final class QtiPackageReader {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_XML_BYTES = 5L << 20;
    static final long MAX_TOTAL_BYTES = 200L << 20;

    private final Map<String, byte[]> xml = new LinkedHashMap<>();
    private final Set<String> files = new HashSet<>();
    private final Map<String, Optional<Element>> parsed = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private QtiPackageReader() {
    }

    /** A zip package; a broken or oversized zip is one NOT_A_PACKAGE problem, never an exception. */
    public static QtiImport readPackage(InputStream zip) throws IOException {
        QtiPackageReader reader = new QtiPackageReader();
        try {
            reader.unzip(zip);
        } catch (PackageRefused e) {
            return new QtiImport(List.of(), List.of(), List.of(new ImportProblem("", "", Code.NOT_A_PACKAGE, e.getMessage())));
        }
        return reader.read();
    }

    /** One item file (an {@code assessmentItem} document). */
    public static QtiImport readItem(String name, byte[] bytes) {
        QtiPackageReader reader = new QtiPackageReader();
        reader.xml.put(name, bytes);
        return reader.read();
    }

    private static final class PackageRefused extends Exception {
        PackageRefused(String message) {
            super(message);
        }
    }

    private void unzip(InputStream in) throws IOException, PackageRefused {
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new PackageRefused("more than " + MAX_ENTRIES + " files");
                }
                String name = normalized(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                boolean keep = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
                byte[] bytes = keep ? zip.readNBytes((int) MAX_XML_BYTES + 1) : new byte[0];
                if (bytes.length > MAX_XML_BYTES) {
                    throw new PackageRefused(name + ": over " + (MAX_XML_BYTES >> 20) + " MB of XML");
                }
                total += bytes.length + (keep ? 0 : zip.transferTo(java.io.OutputStream.nullOutputStream()));
                if (total > MAX_TOTAL_BYTES) {
                    throw new PackageRefused("over " + (MAX_TOTAL_BYTES >> 20) + " MB unpacked");
                }
                files.add(name);
                if (keep) {
                    xml.put(name, bytes);
                }
            }
        } catch (ZipException e) {
            throw new PackageRefused("not a zip: " + e.getMessage());
        }
        if (entries == 0) {
            throw new PackageRefused("not a zip, or an empty one");
        }
    }

    /** The entry's path inside the package; one that is absolute or climbs out is refused. */
    private static String normalized(String entryName) throws PackageRefused {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || List.of(name.split("/")).contains("..")) {
            throw new PackageRefused("a path outside the package: " + entryName);
        }
        return name.replaceAll("/+", "/").replaceFirst("^(\\./)+", "");
    }

    private QtiImport read() {
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, String> questionOfFile = new HashMap<>();
        List<QtiImport.QtiTest> tests = new ArrayList<>();
        List<String> testFiles = new ArrayList<>();
        for (String file : xml.keySet()) {
            Optional<Element> root = root(file);
            String kind = root.map(Element::getLocalName).orElse("");
            if (kind.equals("assessmentItem")) {
                item(file, root.get(), questions, questionOfFile);
            } else if (kind.equals("assessmentTest")) {
                testFiles.add(file);
            } else if (root.isEmpty() && !file.equals("imsmanifest.xml")) {
                problems.add(new ImportProblem(file, "", Code.MALFORMED, "XML"));
            }
        }
        if (questions.isEmpty() && testFiles.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem("", "", Code.NOT_A_PACKAGE, "no QTI 2.x item or test"));
        }
        for (String file : testFiles) {
            tests.add(test(file, root(file).orElseThrow(), questionOfFile));
        }
        return new QtiImport(List.copyOf(questions.values()), tests, List.copyOf(problems));
    }

    private void item(String file, Element root, Map<String, Question> questions, Map<String, String> questionOfFile) {
        QtiItemReader.Reading reading = QtiItemReader.read(root, file, this::stimulus);
        problems.addAll(reading.problems());
        reading.question().ifPresent(q -> {
            String id = questions.containsKey(q.sourceId()) ? q.sourceId() + "@" + file : q.sourceId();
            Question kept = id.equals(q.sourceId()) ? q : q.withSourceId(id);
            questions.put(id, kept);
            questionOfFile.put(file, id);
            mediaNotImported(file, kept);
        });
    }

    /**
     * The files an item plays that the bank does not keep: images, audio and video of a package stay
     * out of the repository (a teacher publishes media there through review, not by importing), so
     * each is reported — as missing when the package lacks it. Files of our own repository are kept.
     */
    private void mediaNotImported(String file, Question q) {
        for (String asset : q.assets()) {
            if (QuestionText.materialFile(asset).isEmpty()) {
                boolean missing = !files.isEmpty() && !PackagePath.outside(asset) && !files.contains(asset);
                problems.add(new ImportProblem(file, q.sourceId(), missing ? Code.MISSING_ASSET : Code.MEDIA_NOT_IMPORTED, asset));
            }
        }
    }

    private QtiImport.QtiTest test(String file, Element root, Map<String, String> questionOfFile) {
        List<String> ids = new ArrayList<>();
        for (Element ref : QtiXml.descendants(root, "assessmentItemRef"::equals)) {
            String target = PackagePath.resolve(file, QtiXml.attribute(ref, "href"));
            if (!xml.containsKey(target)) {
                problems.add(new ImportProblem(file, QtiXml.attribute(ref, "identifier"), Code.MISSING_ITEM, QtiXml.attribute(ref, "href")));
            } else if (questionOfFile.containsKey(target)) {
                ids.add(questionOfFile.get(target));
            }
        }
        return new QtiImport.QtiTest(QtiXml.attribute(root, "identifier"), QtiXml.attribute(root, "title"), ids);
    }

    /** A shared stimulus an item includes, found by its path inside the package. */
    private Optional<QtiBody.Stimulus> stimulus(String path) {
        return root(path).map(root -> new QtiBody.Stimulus(root, path));
    }

    /** The root element of an XML file of the package, parsed once; empty if it is missing or malformed. */
    private Optional<Element> root(String file) {
        return parsed.computeIfAbsent(file, f -> {
            byte[] bytes = xml.get(f);
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                Document document = QtiXml.parse(bytes);
                return Optional.of(document.getDocumentElement());
            } catch (QtiXml.MalformedException e) {
                return Optional.empty();
            }
        });
    }
}
