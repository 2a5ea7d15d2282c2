package vn.hoclieu.web.classroom.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import vn.hoclieu.core.classroom.AttendanceMark;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.ScheduledSession;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.InvalidRequestException;
import vn.hoclieu.web.api.RequestLanguage;

import java.util.List;
import java.util.Map;

/** The class's teachers mark attendance: {@code [{"pupilId": 12, "status": "PRESENT"}, …]}; 400 for anyone not in the class. */
@Path("/sessions/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class AttendanceResource {

    @Inject
    ClassroomService classroom;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduledSession mark(@PathParam("id") long sessionId, List<AttendanceMark> marks) {
        if (marks == null || marks.isEmpty() || marks.stream().anyMatch(m -> m == null || m.status() == null)) {
            throw new InvalidRequestException(Map.of("marks", RequestLanguage.text(headers, "session.marks.invalid")));
        }
        return classroom.markAttendance(sessionId, currentUser.required(), marks);
    }
}
