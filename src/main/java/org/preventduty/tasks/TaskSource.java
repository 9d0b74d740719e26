package org.preventduty.tasks;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;

/** A module's work due. Each module that has due dates offers one, answering only with what the actor may see. */
public interface TaskSource {

    /**
     * The open tasks the actor may see.
     *
     * @param actor who asks.
     * @param caseId only the tasks of this Channel case, when given.
     */
    List<Task> tasks(Actor actor, @Nullable UUID caseId);
}
