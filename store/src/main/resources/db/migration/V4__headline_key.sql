-- Headlines in lower case as Java writes them (Locale.ROOT), for word search: SQLite's LOWER() only knows ASCII,
-- so "ZÜRICH" would match on PostgreSQL and not on SQLite. Rows from before keep LOWER()'s version.
ALTER TABLE stories ADD COLUMN headline_key TEXT;
UPDATE stories SET headline_key = LOWER(headline);
