/**
 * "the film “Gone Girl”", "her 2012 book “…”", "an essay titled “…”": a noun for a work, or a verb
 * that names one, just before a quotation mark, whose quotation is then the work's title.
 */
export const WORK_BEFORE = /\b(?:film|movie|book|novel|memoir|song|single|album|show|series|sitcom|play|musical|opera|poem|article|headline|column|essay|documentary|episode|podcast|painting|exhibition|game|titled|entitled|called|named|dubbed|report|study|paper|magazine|newspaper)[,:]?\s*$/i;
