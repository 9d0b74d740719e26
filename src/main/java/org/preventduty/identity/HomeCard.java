package org.preventduty.identity;

/**
 * Something a user can do next, shown on their home page.
 *
 * @param title the message key of the card's title (also the link text).
 * @param description the message key of one sentence saying what it is for.
 * @param href where it leads.
 * @param order where it goes among the cards: lower first.
 */
public record HomeCard(String title, String description, String href, int order) {}
