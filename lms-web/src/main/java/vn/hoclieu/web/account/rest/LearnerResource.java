package vn.hoclieu.web.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.LearnerRegistration;
import vn.hoclieu.core.account.UsernameTakenException;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.api.RequestValidator;

/** Public self-registration of learners (the same as the register page). */
@Path("/learners")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    @Inject
    AccountService accounts;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(LearnerRegistration body) {
        LearnerRegistration registration = validator.valid(body, headers);
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(AccountJson.of(accounts.registerLearner(registration))).build();
        } catch (UsernameTakenException e) {
            return ApiError.response(Response.Status.CONFLICT, "taken", RequestLanguage.text(headers, "register.taken"));
        }
    }
}
