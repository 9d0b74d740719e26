package org.preventduty.shared.web;

/**
 * The form of an action that asks nothing but a button (sign off, mark as reviewed): it holds no answers, and carries
 * the module's refusal, if any, to the error summary of the page the button is on.
 */
public final class ConfirmForm {}
