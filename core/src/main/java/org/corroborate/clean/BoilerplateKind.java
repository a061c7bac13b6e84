package org.corroborate.clean;

/** The kinds of text Corroborate removes from an article before analysing it. */
public enum BoilerplateKind {
    DONATION_APPEAL("donation appeal"),
    SUBSCRIPTION_APPEAL("subscription appeal"),
    PAYWALL("paywall"),
    PHOTO_CAPTION("photo caption"),
    EMBEDDED_POST_ATTRIBUTION("embedded post attribution"),
    READ_MORE("read more prompt"),
    SHARE_PROMPT("share prompt"),
    NEWSLETTER_PROMPT("newsletter prompt"),
    ADVERTISEMENT("advertisement marker"),
    CREDIT_LINE("credit line"),
    BYLINE("byline"),
    REPEATED_LINE("repeated line"),
    METADATA("metadata line");

    private final String label;

    BoilerplateKind(String label) {
        this.label = label;
    }

    /** The name users see in output, e.g. {@code "donation appeal"}. */
    public String label() {
        return label;
    }
}
