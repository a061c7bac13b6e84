package org.corroborate.extract.entity;

import java.util.Objects;

/**
 * A mention of a named entity: its span in the cleaned text, its type, and the canonical name that all mentions of
 * the same entity share ("Mr Trump", "@realDonaldTrump" and "President Donald Trump" are all "Donald Trump").
 *
 * @param title a role the text gives the entity at this mention ("Prime Minister"), or empty
 */
public record EntityMention(int start, int end, String text, EntityType type, String canonical, String title) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(title, "title");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public EntityMention withCanonical(String name, EntityType newType) {
        return new EntityMention(start, end, text, newType, name, title);
    }
}
