package org.corroborate.extract.quote;

/** How a quote appears: a whole quoted statement, a few quoted words inside a sentence, or an embedded post. */
public enum QuoteKind { DIRECT, PARTIAL, EMBEDDED }
