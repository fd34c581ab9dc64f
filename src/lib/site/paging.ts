/** List sizes shared by the pages and by the build plan (which must know how lists paginate). */

/** Entries per page of a long list (a person's articles, a year's days). */
export const PAGE_SIZE = 50;
/** Issues the home page shows; the rest are a click away under dates. */
export const HOME_ISSUES = 30;
