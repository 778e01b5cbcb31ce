package org.cngkit.vectors;

/**
 * One relation {@link KeyRelations} tested on a key, and whether the key satisfies it.
 *
 * @param relation  what was tested, stated as the rule ({@code "n = p q"}); names components, never values
 * @param holds     whether the key satisfies it
 * @param violation the finding when it does not ({@code "n is not p q"}): the text {@link KeyRelations#violations}
 *                  returns
 */
public record KeyRelation(String relation, boolean holds, String violation) {
}
