package org.preventduty.identity;

/**
 * A panel of the home page showing what needs the user's attention, drawn by a template fragment of the module that
 * offers it.
 *
 * @param template the template that holds the fragment, such as {@code reporting/dashboard}.
 * @param fragment the fragment's name; it reads the panel's data as {@code data}.
 * @param data what the fragment shows.
 * @param order where it goes among the panels: lower first.
 */
public record HomePanel(String template, String fragment, Object data, int order) {}
