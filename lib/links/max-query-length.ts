/**
 * The longest query kept (characters); longer ones are cut, not refused. Its own module so the
 * search box can set `maxLength` without loading the query validator.
 */
export const MAX_QUERY_LENGTH = 200;
