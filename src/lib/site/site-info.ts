/**
 * The site's name and description, in one place: the layout, the home page and the feed say them. Change them
 * here (or in a fork) to publish another paper's archive under its own name.
 */
export const SITE_NAME = '报纸档案';
export const SITE_DESCRIPTION = '报纸版面文字档案：按期、版面、日期、报纸、人物与记者浏览，站内检索。';
export const FEED_DESCRIPTION = '最新收录的报纸文章';
