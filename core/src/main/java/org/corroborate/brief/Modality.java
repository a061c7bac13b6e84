package org.corroborate.brief;

/**
 * How firmly a statement asserts what it says: "visited" (asserted), "will visit" (announced) or "might visit"
 * (hedged). Two statements of different modality are not the same claim.
 */
enum Modality {
    ASSERTED, ANNOUNCED, HEDGED
}
