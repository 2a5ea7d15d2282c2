package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hoclieu.core.quiz.ImportProblem;
import vn.hoclieu.core.quiz.ImportProblem.Code;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A bank question written as QTI 2.1 and read back by our importer is the same question: type,
 * stem, options, key (partial credit, tolerance, case and diacritics), points, difficulty and tags;
 * the repository's images, audio and video it plays travel inside the package.
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
    void aPictureOfTheRepositoryWrittenWithoutItsFileStaysALinkToItAndIsNotReported() throws IOException {
        Question essay = QtiFixtures.of(QuestionType.ESSAY).getFirst();
        assertThat(essay.stem()).contains("src=\"/files/7/ORIGINAL\"");

        QtiImport read = readBack(essay);

        assertThat(read.questions().getFirst().stem()).contains("src=\"/files/7/ORIGINAL\"");
        assertThat(read.problems()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void repositoryMediaTravelInThePackageAndTheItemRefersToThemByRelativePath() throws IOException {
        Question original = withStem(QtiFixtures.of(QuestionType.ESSAY).getFirst(),
                "<p>Nghe rồi tả lại:</p><img src=\"/files/7/ORIGINAL\" alt=\"Trường\"><audio controls src=\"/files/8/ORIGINAL\"></audio>");
        QtiMediaFiles media = new QtiMediaFiles(file -> Optional.of(file.fileId() == 7
                ? new QuestionMedia.Packaged("image/png", PNG) : new QuestionMedia.Packaged("audio/mpeg", new byte[]{'I', 'D', '3'})));
        Question packaged = media.packaged(original);

        byte[] zip = QtiPackageWriter.questions(List.of(packaged), media.files());

        Map<String, byte[]> entries = entries(zip);
        assertThat(entries.get("media/7-ORIGINAL.png")).isEqualTo(PNG);
        assertThat(entries).containsKey("media/8-ORIGINAL.mp3");
        String item = new String(entries.get(QtiPackageWriter.itemFile(original.sourceId())), StandardCharsets.UTF_8);
        assertThat(item).contains("src=\"../media/7-ORIGINAL.png\"", "<object data=\"../media/8-ORIGINAL.mp3\" type=\"audio/mpeg\"")
                .doesNotContain("/files/");
        assertThat(new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8))
                .contains("<file href=\"media/7-ORIGINAL.png\"/>", "<file href=\"media/8-ORIGINAL.mp3\"/>");

        QtiImport read = QtiPackageReader.readPackage(new ByteArrayInputStream(zip));
        assertThat(read.questions().getFirst().stem()).contains("<img src=\"media/7-ORIGINAL.png\"", "<audio src=\"media/8-ORIGINAL.mp3\" controls>");
        assertThat(read.problems()).extracting(ImportProblem::code, ImportProblem::detail).containsExactly(
                tuple(Code.MEDIA_NOT_IMPORTED, "media/7-ORIGINAL.png"), tuple(Code.MEDIA_NOT_IMPORTED, "media/8-ORIGINAL.mp3"));
    }

    @org.junit.jupiter.api.Test
    void aRepositoryFileThatCannotBeCarriedIsLeftOutWithItsElement() {
        Question original = withStem(QtiFixtures.of(QuestionType.ESSAY).getFirst(), "<p>Xem:</p><video controls src=\"/files/9/VIDEO_240P\"></video>");
        QtiMediaFiles media = new QtiMediaFiles(file -> Optional.empty());

        Question packaged = media.packaged(original);

        assertThat(packaged.stem()).isEqualTo("<p>Xem:</p>");
        assertThat(media.files()).isEmpty();
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private static Question withStem(Question q, String stem) {
        return new Question(q.sourceId(), q.title(), q.type(), stem, q.choices(), q.targets(), q.gapChoices(), q.key(), q.points(),
                q.assets(), q.difficulty(), q.tags());
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
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
