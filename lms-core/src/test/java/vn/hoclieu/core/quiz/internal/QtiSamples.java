package vn.hoclieu.core.quiz.internal;

import vn.hoclieu.core.quiz.ImportProblem;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.model.Question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the third-party samples of {@code src/test/resources/qti} (see its README for their origin). */
final class QtiSamples {

    private QtiSamples() {
    }

    static QtiImport item(String name) {
        try (InputStream in = resource(name)) {
            return QtiPackageReader.readItem(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QtiImport pack(String name) {
        try (InputStream in = resource(name)) {
            return QtiPackageReader.readPackage(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Question onlyQuestion(String itemFile) {
        List<Question> questions = item(itemFile).questions();
        if (questions.size() != 1) {
            throw new AssertionError(itemFile + " gave " + questions.size() + " questions");
        }
        return questions.getFirst();
    }

    static List<ImportProblem.Code> codes(QtiImport imported) {
        return imported.problems().stream().map(ImportProblem::code).toList();
    }

    private static InputStream resource(String name) {
        InputStream in = QtiSamples.class.getResourceAsStream("/qti/" + name);
        if (in == null) {
            throw new AssertionError("no test resource qti/" + name);
        }
        return in;
    }
}
