package vn.hoclieu.web.quiz.rest;

import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.quiz.QtiPackage;
import vn.hoclieu.web.material.download.ContentDisposition;

/** An exported QTI package as a download: {@code application/zip}, saved under its ASCII name. */
final class QtiDownload {

    private QtiDownload() {
    }

    static Response of(QtiPackage qti) {
        return Response.ok(qti.content(), QtiPackage.MEDIA_TYPE)
                .header("Content-Disposition", ContentDisposition.of("attachment", qti.fileName())).build();
    }
}
