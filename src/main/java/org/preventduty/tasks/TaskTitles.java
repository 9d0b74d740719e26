package org.preventduty.tasks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A task's title in the reader's language: its message with its values, where a value that is itself the key of a
 * message (an intervention type, a status) is given in the reader's language too. Used in templates as
 * {@code @taskTitles.title(task)}.
 */
@Component("taskTitles")
public class TaskTitles {

    private final MessageSource messages;

    TaskTitles(MessageSource messages) {
        this.messages = messages;
    }

    /** The task's reference: a record's own reference as it is, or the message of a key such as a module's name. */
    public String reference(Task task) {
        return messages.getMessage(task.reference(), null, task.reference(), LocaleContextHolder.getLocale());
    }

    public String title(Task task) {
        var locale = LocaleContextHolder.getLocale();
        var arguments = task.titleArguments().stream()
                .map(argument -> messages.getMessage(argument, null, argument, locale))
                .toArray();
        return messages.getMessage(task.title(), arguments, task.title(), locale);
    }
}
