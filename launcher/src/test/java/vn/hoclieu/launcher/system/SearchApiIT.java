package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;
import static vn.hoclieu.launcher.system.MaterialFixture.readyMaterialBy;

/**
 * District search inside the running system: publication writes an outbox row, the application's
 * drain indexes it on the real Elasticsearch node, and a pupil finds it without diacritics; a
 * draft is found by its author and its reviewers, never by pupils, other teachers or the public.
 * A published material's page and the API offer the materials like it.
 */
class SearchApiIT {

    @Test
    void aPublishedMaterialIsFoundWithoutDiacriticsAndADraftIsNot() throws Exception {
        ApiClient author = ApiClient.signedIn("gv.lan");
        String word = "Đường" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        long published = readyMaterialBy(author).titled(word + " gấp khúc lớp 3").createPublished();
        long draft = readyMaterialBy(author).titled(word + " thẳng bản nháp").create();
        ApiClient pupil = ApiClient.signedIn("hs.yen");

        List<Long> found = awaitHits(pupil, folded(word) + " gap khuc", published);

        assertThat(found).contains(published).doesNotContain(draft);
        assertThat(hits(pupil, folded(word))).doesNotContain(draft);
    }

    @Test
    void openingAMaterialCountsAsAUseOncePerPersonAndOrdersMostUsed() throws Exception {
        ApiClient author = ApiClient.signedIn("gv.lan");
        String word = "Dùng" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "z");
        long lessUsed = readyMaterialBy(author).titled(word + " một lần").createPublished();
        long moreUsed = readyMaterialBy(author).titled(word + " hai lần").createPublished();
        for (String reader : List.of("hs.yen", "gv.ha", "hs.yen")) {
            assertThat(ApiClient.signedIn(reader).get("app/material.xhtml?id=" + moreUsed).statusCode()).isEqualTo(200);
        }
        author.get("app/material.xhtml?id=" + lessUsed); // its author's visits do not count
        ApiClient.signedIn("hs.an").get("app/material.xhtml?id=" + lessUsed);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode hits = null;
        while (Instant.now().isBefore(deadline)) {
            hits = json(author.get("api/v1/search?sort=most_used&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))).get("hits");
            if (hits.size() == 2 && hits.get(0).get("usageCount").asLong() == 2 && hits.get(1).get("usageCount").asLong() == 1) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(hits).extracting(h -> h.get("id").asLong() + "×" + h.get("usageCount").asLong())
                .containsExactly(moreUsed + "×2", lessUsed + "×1");
    }

    @Test
    void workInProgressIsFoundByItsAuthorAndItsReviewersButNeverByPupilsOrOtherTeachers() throws Exception {
        ApiClient author = ApiClient.signedIn("gv.lan");
        String word = "Nháp" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        long draft = readyMaterialBy(author).titled(word + " phân số lớp 4").create();

        assertThat(awaitHits(author, folded(word), draft)).contains(draft);
        assertThat(statusOf(author, folded(word), draft)).isEqualTo("DRAFT");
        assertThat(author.postJson("api/v1/materials/" + draft + "/submission", "{}").statusCode()).isEqualTo(200);
        ApiClient reviewer = ApiClient.signedIn("td.thu");
        assertThat(awaitHits(reviewer, word, draft)).as("a reviewer of its pool").contains(draft);
        assertThat(statusOf(reviewer, word, draft)).isEqualTo("SUBMITTED");

        for (String other : List.of("hs.an", "hs.yen", "gv.ha")) {
            assertThat(hits(ApiClient.signedIn(other), word)).as(other).doesNotContain(draft);
        }
        assertThat(hits(ApiClient.forSystem(), word)).as("the public").doesNotContain(draft);
        JsonNode suggested = json(ApiClient.signedIn("hs.an").get("api/v1/search/suggestions?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
        assertThat(suggested.toString()).doesNotContainIgnoringCase(word);
    }

    private static String statusOf(ApiClient client, String query, long material) {
        JsonNode results = json(client.get("api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        for (JsonNode h : results.get("hits")) {
            if (h.get("id").asLong() == material) {
                return h.get("status").asText();
            }
        }
        return null;
    }

    @Test
    void similarMaterialsShareTheirWordsLeaveOutTheMaterialItselfAndShowOnItsPage() throws Exception {
        ApiClient author = ApiClient.signedIn("gv.lan");
        String word = "Phânsố" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "k");
        long halves = readyMaterialBy(author).titled(word + " một phần hai").createPublished();
        long thirds = readyMaterialBy(author).titled(word + " một phần ba").createPublished();
        ApiClient pupil = ApiClient.signedIn("hs.yen");
        awaitHits(pupil, word, halves);
        awaitHits(pupil, word, thirds);

        List<Long> similar = ids(json(pupil.get("api/v1/search/similar/" + halves)));

        assertThat(similar).contains(thirds).doesNotContain(halves).hasSizeLessThanOrEqualTo(5);
        assertThat(ids(json(pupil.get("api/v1/search/similar/" + halves + "?size=1")))).hasSize(1);
        assertThat(ids(json(pupil.get("api/v1/search/similar/999999999")))).as("not in the index").isEmpty();
        String page = pupil.get("app/material.xhtml?id=" + halves).body();
        assertThat(page).contains("id=\"similar\"", "data-material=\"" + thirds + "\"");
    }


    private static List<Long> ids(JsonNode hits) {
        List<Long> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(Long.parseLong(h.get("id").asText())));
        return ids;
    }

    /** The word without its diacritics, as a pupil on a phone types it. */
    private static String folded(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('Đ', 'D').replace('đ', 'd');
    }

    private static List<Long> awaitHits(ApiClient client, String query, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<Long> ids = List.of();
        while (Instant.now().isBefore(deadline)) {
            ids = hits(client, query);
            if (ids.contains(expected)) {
                return ids;
            }
            Thread.sleep(500);
        }
        return ids;
    }

    private static List<Long> hits(ApiClient client, String query) {
        JsonNode results = json(client.get("api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        List<Long> ids = new ArrayList<>();
        results.get("hits").forEach(h -> ids.add(Long.parseLong(h.get("id").asText())));
        return ids;
    }
}
