package vn.hoclieu.core.gradebook;

/** One rating the homeroom teacher gives; a null rating clears it. */
public record CompetenceInput(long pupilId, CompetenceAspect aspect, CompetenceRating rating) {
}
