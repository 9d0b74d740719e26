/**
 * Value types, the clock and the web layout support that every module uses; it holds no business rules.
 */
@NullMarked
package org.preventduty.shared;

import org.jspecify.annotations.NullMarked;
