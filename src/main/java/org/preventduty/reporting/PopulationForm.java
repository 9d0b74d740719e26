package org.preventduty.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The council's population by the census lists, as typed: one number per code, named {@code LIST-CODE} (for example
 * {@code ETHNICITY-WHITE_BRITISH}), bound from {@code people[LIST-CODE]}.
 */
class PopulationForm {

    private Map<String, String> people = new LinkedHashMap<>();

    public Map<String, String> getPeople() {
        return people;
    }

    public void setPeople(Map<String, String> people) {
        this.people = people;
    }

    /** What was typed, by list and then by code, for the lists named. */
    Map<String, Map<String, String>> byList(Iterable<String> lists) {
        var byList = new LinkedHashMap<String, Map<String, String>>();
        lists.forEach(list -> byList.put(list, new LinkedHashMap<>()));
        people.forEach((key, value) -> {
            var dash = key.indexOf('-');
            if (dash > 0 && byList.containsKey(key.substring(0, dash))) {
                byList.get(key.substring(0, dash)).put(key.substring(dash + 1), value);
            }
        });
        return byList;
    }
}
