package vn.hoclieu.web.roster.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.roster.LoginCard;
import vn.hoclieu.core.roster.RosterFile;
import vn.hoclieu.core.roster.RosterImport;
import vn.hoclieu.core.roster.RosterPreview;
import vn.hoclieu.core.roster.RosterRejectedException;
import vn.hoclieu.core.roster.RosterRow;
import vn.hoclieu.core.roster.RosterService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.review.view.PageAccess;
import vn.hoclieu.web.roster.LoginCardStore;
import vn.hoclieu.web.roster.RosterTexts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * A school admin's roster page: upload → preview (rows with errors marked) → import (only when
 * no error is left) → the first passwords, once, and the login cards to download.
 */
@Named
@ViewScoped
public class RosterView implements Serializable {

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient RosterService rosters;

    @Inject
    transient LoginCardStore cardStore;

    @Inject
    transient PageMessages messages;

    @Inject
    transient LocaleSelection localeSelection;

    @Inject
    transient PageAccess access;

    private transient Part upload;
    private RosterFile file;
    private RosterPreview preview;
    private List<LoginCard> created;
    private String cardsToken;

    public void open() {
        access.require(Role.SCHOOL_ADMIN);
    }

    public void check() {
        if (!allowed()) {
            return;
        }
        created = null;
        preview = null;
        file = read(upload);
        if (file == null) {
            messages.errorAt(null, "roster.chooseFile");
            return;
        }
        preview = rosters.preview(me(), me().schoolId(), file);
    }

    public void importAll() {
        if (!allowed() || file == null) {
            return;
        }
        try {
            RosterImport imported = rosters.importRoster(me(), me().schoolId(), file);
            created = imported.cards();
            cardsToken = cardStore.keep(me().id(), created);
            preview = null;
            file = null;
            messages.info("roster.imported", created.size());
        } catch (RosterRejectedException rejected) {
            preview = rejected.preview();
            messages.errorAt(null, "roster.rejected");
        }
    }

    private boolean allowed() {
        return currentUser.is(Role.SCHOOL_ADMIN.name()) && me().schoolId() != null;
    }

    private Account me() {
        return currentUser.required();
    }

    private static RosterFile read(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        var format = RosterFile.formatOf(part.getContentType(), part.getSubmittedFileName());
        if (format.isEmpty()) {
            return null;
        }
        if (part.getSize() > RosterFile.MAX_BYTES) {
            return new RosterFile(format.get(), new byte[RosterFile.MAX_BYTES + 1]); // refused as too large, with its message
        }
        try (InputStream in = part.getInputStream()) {
            return new RosterFile(format.get(), in.readNBytes(RosterFile.MAX_BYTES + 1));
        } catch (IOException e) {
            return null;
        }
    }

    public String problems(RosterRow row) {
        return RosterTexts.problems(localeSelection.getLocale(), row);
    }

    public String fileProblem(vn.hoclieu.core.roster.RosterProblem problem) {
        return RosterTexts.problem(localeSelection.getLocale(), problem);
    }

    public String gender(RosterRow row) {
        return RosterTexts.gender(localeSelection.getLocale(), row);
    }

    public String date(RosterRow row) {
        return row.birthDate() == null ? "" : row.birthDate().format(RosterTexts.DATE);
    }

    /** The classes of the pupils just created, for one download per class. */
    public List<String> createdClasses() {
        return created == null ? List.of() : created.stream().map(LoginCard::className).distinct().toList();
    }

    public String getImportLabel() {
        return messages.text("roster.import", preview == null ? 0 : preview.rows().size());
    }

    public String getSummary() {
        return preview == null ? "" : messages.text("roster.summary", preview.rows().size(), preview.rowsWithProblems());
    }

    public String classCardsLabel(String className) {
        return messages.text("roster.downloadClassCards", className);
    }

    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public RosterPreview getPreview() { return preview; }
    public boolean isImportable() { return preview != null && preview.importable(); }
    public List<LoginCard> getCreated() { return created; }
    public String getCardsToken() { return cardsToken; }
}
