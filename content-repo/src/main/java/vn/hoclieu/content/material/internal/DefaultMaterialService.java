package vn.hoclieu.content.material.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.content.ingest.IngestJobs;
import vn.hoclieu.content.material.AttachedFile;
import vn.hoclieu.content.material.FileContent;
import vn.hoclieu.content.material.FileSummary;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.UploadedBytes;
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

    @Override
    public MaterialSummary contribute(long authorId, Long schoolId, MaterialDraft draft) {
        Material material = new Material(authorId, schoolId, draft);
        materials.add(material);
        materials.add(new MaterialVersion(material.id(), 1, authorId, null));
        return summary(material);
    }

    @Override
    public AttachedFile attach(long materialId, long authorId, UploadedBytes upload) {
        Material material = materials.ownedBy(materialId, authorId).orElseThrow(() -> new MaterialNotFoundException(materialId));
        MaterialVersion version = materials.latestVersion(material.id()).orElseThrow();
        MaterialFile file = new MaterialFile(version.id(), upload.blobSha256(), upload.originalName(), upload.sizeBytes(),
                upload.declaredType());
        materials.add(file);
        file.queuedAs(enqueueIngest(file.id()));
        return new AttachedFile(fileSummary(file), materials.materialsWithBlob(upload.blobSha256(), material.id()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MaterialSummary> mine(long authorId) {
        return materials.byAuthor(authorId).stream().map(this::summary).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MaterialSummary get(long materialId, long authorId) {
        return summary(materials.ownedBy(materialId, authorId).orElseThrow(() -> new MaterialNotFoundException(materialId)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FileContent> content(long fileId, String role, long authorId) {
        return materials.fileOwnedBy(fileId, authorId).flatMap(f -> {
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
    public List<String> renditionRoles(long fileId, long authorId) {
        return materials.fileOwnedBy(fileId, authorId)
                .map(f -> materials.renditionsOf(f.id()).stream().map(FileRendition::role).toList()).orElse(List.of());
    }

    private long enqueueIngest(long fileId) {
        try {
            return IngestJobs.enqueue(materials.transactionConnection(), INGEST_FILE, "{\"fileId\":" + fileId + "}");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue the ingest of file " + fileId + ": " + e.getMessage(), e);
        }
    }

    private MaterialSummary summary(Material m) {
        MaterialVersion latest = materials.latestVersion(m.id()).orElse(null);
        List<FileSummary> files = latest == null ? List.of() : materials.filesOf(latest.id()).stream().map(DefaultMaterialService::fileSummary).toList();
        return new MaterialSummary(m.id(), m.title(), m.description(), m.subjectCode(), m.grades(), m.type(), m.language(),
                m.licence(), m.keywords(), m.curriculumNote(), m.externalUrl(), m.status(), m.createdAt(), latest == null ? 0 : latest.number(), files);
    }

    private static FileSummary fileSummary(MaterialFile f) {
        return new FileSummary(f.id(), f.originalName(), f.sizeBytes(), f.detectedType(), f.kind(), f.status(),
                f.failureCode(), f.failureDetail(), f.blobSha256());
    }
}
