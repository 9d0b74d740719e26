package org.preventduty.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The labels of the choices training forms offer: each value with the words a person reads. */
final class TrainingLabels {

    private TrainingLabels() {}

    /** Each course by its code, labelled with its code and title. */
    static Map<String, String> courses(List<TrainingRecords.Course> courses) {
        var labels = new LinkedHashMap<String, String>();
        courses.forEach(c -> labels.put(c.code(), c.code() + ": " + c.title()));
        return labels;
    }

    /** Each trainer by id, labelled with their name and organisation. */
    static Map<UUID, String> trainers(List<Trainers.Trainer> trainers) {
        var labels = new LinkedHashMap<UUID, String>();
        trainers.forEach(t -> labels.put(t.id(), t.name() + ", " + t.organisation()));
        return labels;
    }
}
