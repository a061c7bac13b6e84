-- Story lists sort by these columns with the id as tie-breaker: an index in that order spares a sort of every story
-- on each page.
DROP INDEX stories_updated;
CREATE INDEX stories_updated_id ON stories (updated, id);
CREATE INDEX stories_articles_updated_id ON stories (articles, updated, id);
