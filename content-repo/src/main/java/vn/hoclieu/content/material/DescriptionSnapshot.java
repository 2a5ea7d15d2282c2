package vn.hoclieu.content.material;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import vn.hoclieu.content.material.model.Material;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A version's description as it was submitted, kept as JSON on the version: the public sees the
 * published version's description while the author edits the next one, and reviewers see what changed.
 */
public final class DescriptionSnapshot {

    /** Created on first use: the worker, which never reads snapshots, has no JSON-B provider. */
    private static final class Json {
        static final Jsonb BINDING = JsonbBuilder.create();
    }

    private static final List<Field> FIELDS = List.of(
            new Field("title", MaterialDraft::title),
            new Field("description", MaterialDraft::description),
            new Field("subject", MaterialDraft::subjectCode),
            new Field("grades", d -> String.valueOf(new TreeSet<>(d.grades()))),
            new Field("type", d -> String.valueOf(d.type())),
            new Field("language", MaterialDraft::language),
            new Field("licence", d -> String.valueOf(d.licence())),
            new Field("keywords", d -> d.keywords() == null ? null : String.join(", ", new TreeSet<>(d.keywords()))),
            new Field("curriculumNote", MaterialDraft::curriculumNote),
            new Field("externalUrl", MaterialDraft::externalUrl));

    private record Field(String name, Function<MaterialDraft, String> value) {
    }

    private DescriptionSnapshot() {
    }

    public static MaterialDraft of(Material m) {
        return new MaterialDraft(m.title(), m.description(), m.subjectCode(), m.grades(), m.type(), m.language(),
                m.licence(), m.keywords(), m.curriculumNote(), m.externalUrl());
    }

    public static String toJson(MaterialDraft draft) {
        return Json.BINDING.toJson(draft);
    }

    public static MaterialDraft fromJson(String json) {
        return Json.BINDING.fromJson(json, MaterialDraft.class);
    }

    public static List<MetadataChange> changes(MaterialDraft before, MaterialDraft after) {
        List<MetadataChange> changes = new ArrayList<>();
        for (Field f : FIELDS) {
            String a = blankToNull(f.value().apply(before));
            String b = blankToNull(f.value().apply(after));
            if (!Objects.equals(a, b)) {
                changes.add(new MetadataChange(f.name(), a, b));
            }
        }
        return changes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
