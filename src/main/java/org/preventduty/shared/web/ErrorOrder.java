package org.preventduty.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's errors in the order of its fields, as the GOV.UK error summary asks: Bean Validation reports them in
 * no particular order, and the checks made after it (dates, the module's refusals) come last. A field's place is where
 * the form class declares it (a date input's {@code <field>Day} stands for {@code <field>}; a row of a list or an entry
 * of a map, {@code attendees[0].name}, for its list); errors of the same field keep the order they were found in, and
 * errors about the whole form come first. Used in templates as {@code @errorOrder.sorted(errors, form)}.
 */
@Component("errorOrder")
public class ErrorOrder {

    public List<DetailedError> sorted(List<DetailedError> errors, Object form) {
        var fields = new ArrayList<String>();
        for (Class<?> type = form.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            var declared = new ArrayList<String>();
            for (Field field : type.getDeclaredFields()) {
                declared.add(field.getName());
            }
            fields.addAll(0, declared);
        }
        var sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(error -> place(error, fields)));
        return sorted;
    }

    private static int place(DetailedError error, List<String> fields) {
        if (error.isGlobal()) {
            return -1;
        }
        var name = error.getFieldName();
        var end = name.length();
        for (var mark : new char[] {'[', '.'}) {
            var at = name.indexOf(mark);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        var root = name.substring(0, end);
        var at = fields.indexOf(root);
        if (at < 0) {
            at = fields.indexOf(root + "Day");
        }
        return at < 0 ? fields.size() : at;
    }
}
