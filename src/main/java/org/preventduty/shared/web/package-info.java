/** The page layout, the content security policy nonce, error pages and problem details, and paging helpers. */
@NamedInterface("web")
@NullMarked
package org.preventduty.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
