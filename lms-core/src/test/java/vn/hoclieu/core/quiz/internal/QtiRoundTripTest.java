package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bank question written as QTI 2.1 and read back by our importer is the same question: type,
 * stem, options, key (partial credit, tolerance, case and diacritics), points, difficulty and tags.
 */
class QtiRoundTripTest {

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void everyTypeReImportsAsItWasWritten(QuestionType type) throws IOException {
        for (Question original : QtiFixtures.of(type)) {
            QtiImport read = readBack(original);

            assertThat(read.problems()).as(original.title()).isEmpty();
            assertThat(read.questions()).as(original.title()).singleElement()
                    .satisfies(q -> assertThat(asImported(q)).isEqualTo(original));
        }
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void theReImportedKeyScoresAnswersTheSame(QuestionType type) throws IOException {
        for (Question original : QtiFixtures.of(type)) {
            Question back = readBack(original).questions().getFirst();
            for (var response : QtiFixtures.responses(original)) {
                assertThat(back.key().score(response, back.points())).as(original.title() + " " + response)
                        .isEqualTo(original.key().score(response, original.points()));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aPictureOfTheRepositoryStaysALinkToItAndIsNotReportedMissing() throws IOException {
        Question essay = QtiFixtures.of(QuestionType.ESSAY).getFirst();
        assertThat(essay.stem()).contains("src=\"/api/v1/class-files/7\"");

        QtiImport read = readBack(essay);

        assertThat(read.questions().getFirst().stem()).contains("src=\"/api/v1/class-files/7\"");
        assertThat(read.problems()).isEmpty();
    }

    private static QtiImport readBack(Question original) throws IOException {
        return QtiPackageReader.readPackage(new ByteArrayInputStream(QtiPackageWriter.questions(List.of(original))));
    }

    /** The question as the bank's import stores it: stem and options sanitized (assets are not stored). */
    private static Question asImported(Question q) {
        return new Question(q.sourceId(), q.title(), q.type(), QuestionText.sanitize(q.stem()), QuestionText.sanitize(q.choices()),
                QuestionText.sanitize(q.targets()), q.gapChoices().stream().map(QuestionText::sanitize).toList(), q.key(), q.points(),
                List.of(), q.difficulty(), q.tags());
    }
}
