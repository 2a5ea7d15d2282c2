package vn.hoclieu.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People's and schools' names for pages that hold only ids (the content repository knows no
 * names). A page announces the ids it will show ({@link #expect}) so that one query per request
 * fetches them all instead of one per line.
 */
@Named
@RequestScoped
public class DisplayNames {

    @Inject
    AccountService accounts;

    @Inject
    SchoolService schools;

    @Inject
    LocaleSelection localeSelection;

    private final Map<Long, String> people = new HashMap<>();
    private final Map<Long, String> schoolNames = new HashMap<>();

    /** Fetches, in one query each, the names of these people and schools not known yet. */
    public void expect(Collection<Long> personIds, Collection<Long> schoolIds) {
        Set<Long> unknownPeople = unknown(personIds, people);
        if (!unknownPeople.isEmpty()) {
            people.putAll(accounts.displayNames(unknownPeople));
            unknownPeople.forEach(id -> people.putIfAbsent(id, null));
        }
        Set<Long> unknownSchools = unknown(schoolIds, schoolNames);
        if (!unknownSchools.isEmpty()) {
            schoolNames.putAll(schools.names(unknownSchools));
            unknownSchools.forEach(id -> schoolNames.putIfAbsent(id, null));
        }
    }

    /** A person's name; no id means the system acted ("Hệ thống"). */
    public String person(Long id) {
        if (id == null) {
            return Messages.text(localeSelection.getLocale(), "people.system");
        }
        expect(Set.of(id), Set.of());
        String name = people.get(id);
        return name != null ? name : Messages.text(localeSelection.getLocale(), "people.unknown");
    }

    /** A school's name, or null when there is none (self-learners' and district materials). */
    public String school(Long id) {
        if (id == null) {
            return null;
        }
        expect(Set.of(), Set.of(id));
        return schoolNames.get(id);
    }

    private static Set<Long> unknown(Collection<Long> ids, Map<Long, String> known) {
        return ids.stream().filter(Objects::nonNull).filter(id -> !known.containsKey(id)).collect(Collectors.toSet());
    }
}
