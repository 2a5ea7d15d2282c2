package vn.hoclieu.content.material.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.content.ingest.IngestJobs;
import vn.hoclieu.content.material.AttachedFile;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.EventAction;
import vn.hoclieu.content.material.FileContent;
import vn.hoclieu.content.material.FileSummary;
import vn.hoclieu.content.material.HistoryEntry;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.MetadataChange;
import vn.hoclieu.content.material.UploadedBytes;
import vn.hoclieu.content.material.DescriptionSnapshot;
import vn.hoclieu.content.material.MaterialHistory;
import vn.hoclieu.content.material.VersionSummary;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.material.model.FileRendition;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.material.model.MaterialFile;
import vn.hoclieu.content.material.model.MaterialVersion;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultMaterialService implements MaterialService {

    /** The worker's job kind that ingests one material file. */
    public static final String INGEST_FILE = "ingest-file";

    @Inject
    MaterialRepository materials;

    @Inject
    MaterialAccess access;

    @Inject
    MaterialHistory history;

    @Override
    public MaterialSummary contribute(long authorId, Long schoolId, MaterialDraft draft) {
        Material material = new Material(authorId, schoolId, draft);
        materials.add(material);
        materials.add(new MaterialVersion(material.id(), 1, authorId, null));
        history.record(material.id(), 1, authorId, EventAction.CONTRIBUTED, null, MaterialStatus.DRAFT, null);
        return latest(material);
    }

    @Override
    public MaterialSummary describe(long materialId, long authorId, MaterialDraft draft) {
        Material material = owned(materialId, authorId);
        MaterialVersion version = editableLatest(material);
        material.describe(draft);
        history.record(material.id(), version.number(), authorId, EventAction.DESCRIBED, null, null, null);
        return latest(material);
    }

    @Override
    public AttachedFile attach(long materialId, long authorId, UploadedBytes upload) {
        Material material = owned(materialId, authorId);
        MaterialVersion version = editableLatest(material);
        MaterialFile file = new MaterialFile(version.id(), upload.blobSha256(), upload.originalName(), upload.sizeBytes(),
                upload.declaredType());
        materials.add(file);
        file.queuedAs(enqueueIngest(file.id()));
        return new AttachedFile(fileSummary(file), materials.materialsWithBlob(upload.blobSha256(), material.id()));
    }

    @Override
    public MaterialSummary newVersion(long materialId, long authorId, String note) {
        Material material = owned(materialId, authorId);
        MaterialVersion latest = materials.latestVersion(materialId).orElseThrow();
        if (!latest.status().allowsNewVersion() || material.status() == MaterialStatus.RETIRED) {
            throw new ChangeRefusedException("version_in_progress", material.status());
        }
        MaterialVersion next = new MaterialVersion(materialId, latest.number() + 1, authorId, blankToNull(note));
        materials.add(next);
        material.showState(MaterialStatus.DRAFT);
        history.record(materialId, next.number(), authorId, EventAction.VERSION_STARTED, latest.status(), MaterialStatus.DRAFT, next.note());
        return latest(material);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MaterialSummary> mine(long authorId) {
        return materials.byAuthor(authorId).stream().map(this::latest).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MaterialSummary get(long materialId, Viewer viewer) {
        Material m = materials.find(materialId).orElseThrow(() -> new MaterialNotFoundException(materialId));
        if (access.seesEveryVersion(m, viewer)) {
            return latest(m);
        }
        if (m.isPublished()) {
            return published(m);
        }
        throw new MaterialNotFoundException(materialId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean seesEveryVersion(long materialId, Viewer viewer) {
        return materials.find(materialId).map(m -> access.seesEveryVersion(m, viewer)).orElse(false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionSummary> versions(long materialId, Viewer viewer) {
        Material m = privileged(materialId, viewer);
        return materials.versions(materialId).stream()
                .map(v -> new VersionSummary(v.number(), v.status(), v.reviewRound(), v.note(), v.createdAt(),
                        v.submittedAt(), v.publishedAt(), m.isPublic(v.id())))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MetadataChange> changesSincePreviousVersion(long materialId, Viewer viewer) {
        Material m = privileged(materialId, viewer);
        MaterialVersion latest = materials.latestVersion(materialId).orElseThrow();
        MaterialDraft now = latest.metadataJson() != null && !latest.status().isEditable()
                ? DescriptionSnapshot.fromJson(latest.metadataJson()) : DescriptionSnapshot.of(m);
        return materials.versionNumbered(materialId, latest.number() - 1)
                .filter(v -> v.metadataJson() != null)
                .map(v -> DescriptionSnapshot.changes(DescriptionSnapshot.fromJson(v.metadataJson()), now))
                .orElse(List.of());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long materialId, Viewer viewer) {
        privileged(materialId, viewer);
        return history.of(materialId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String extractedText(long materialId, Viewer viewer, int maxChars) {
        privileged(materialId, viewer);
        String text = String.join("\n\n", materials.extractedTexts(materials.latestVersion(materialId).orElseThrow().id()));
        return text.length() > maxChars ? text.substring(0, maxChars) : text;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FileContent> content(long fileId, String role, Viewer viewer) {
        return visibleFile(fileId, viewer).flatMap(f -> {
            if (FileContent.ORIGINAL.equals(role)) {
                return Optional.of(new FileContent(f.id(), role, f.blobSha256(),
                        f.detectedType() != null ? f.detectedType() : "application/octet-stream", f.sizeBytes(), f.originalName()));
            }
            return materials.renditionsOf(f.id()).stream().filter(r -> r.role().equals(role)).findFirst()
                    .map(r -> new FileContent(f.id(), role, r.blobSha256(), r.mediaType(), r.sizeBytes(), f.originalName()));
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> renditionRoles(long fileId, Viewer viewer) {
        return visibleFile(fileId, viewer)
                .map(f -> materials.renditionsOf(f.id()).stream().map(FileRendition::role).toList()).orElse(List.of());
    }

    private Optional<MaterialFile> visibleFile(long fileId, Viewer viewer) {
        return materials.file(fileId).filter(f -> materials.version(f.versionId())
                .flatMap(v -> materials.find(v.materialId()).filter(m -> access.sees(m, v.id(), viewer)))
                .isPresent());
    }

    private Material owned(long materialId, long authorId) {
        return materials.ownedBy(materialId, authorId).orElseThrow(() -> new MaterialNotFoundException(materialId));
    }

    private Material privileged(long materialId, Viewer viewer) {
        return materials.find(materialId).filter(m -> access.seesEveryVersion(m, viewer))
                .orElseThrow(() -> new MaterialNotFoundException(materialId));
    }

    private MaterialVersion editableLatest(Material material) {
        MaterialVersion version = materials.latestVersion(material.id()).orElseThrow();
        if (!version.status().isEditable() || material.status() == MaterialStatus.RETIRED) {
            throw new ChangeRefusedException("not_editable", material.status());
        }
        return version;
    }

    private long enqueueIngest(long fileId) {
        try {
            return IngestJobs.enqueue(materials.transactionConnection(), INGEST_FILE, "{\"fileId\":" + fileId + "}");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue the ingest of file " + fileId + ": " + e.getMessage(), e);
        }
    }

    /** What the author and other privileged viewers see: the latest version with the working description. */
    private MaterialSummary latest(Material m) {
        MaterialVersion latest = materials.latestVersion(m.id()).orElseThrow();
        return summary(m, DescriptionSnapshot.of(m), latest, m.status());
    }

    /** What everyone else sees: the published version's description and files. */
    private MaterialSummary published(Material m) {
        MaterialVersion shown = materials.version(m.publishedVersionId()).orElseThrow();
        return summary(m, DescriptionSnapshot.fromJson(shown.metadataJson()), shown, MaterialStatus.PUBLISHED);
    }

    /** {@code shown} is the latest version for privileged viewers, so "latest" is what they may know of. */
    private MaterialSummary summary(Material m, MaterialDraft d, MaterialVersion shown, MaterialStatus status) {
        Integer publishedNumber = m.publishedVersionId() == null ? null
                : materials.version(m.publishedVersionId()).map(MaterialVersion::number).orElse(null);
        List<FileSummary> files = materials.filesOf(shown.id()).stream().map(DefaultMaterialService::fileSummary).toList();
        return new MaterialSummary(m.id(), d.title(), d.description(), d.subjectCode(), d.grades(), d.type(), d.language(),
                d.licence(), d.keywords() == null ? java.util.Set.of() : d.keywords(), d.curriculumNote(), d.externalUrl(),
                status, m.createdAt(), m.authorId(), m.schoolId(), shown.number(), publishedNumber,
                m.retiredReason(), files);
    }

    static FileSummary fileSummary(MaterialFile f) {
        return new FileSummary(f.id(), f.originalName(), f.sizeBytes(), f.detectedType(), f.kind(), f.status(),
                f.failureCode(), f.failureDetail(), f.blobSha256());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
