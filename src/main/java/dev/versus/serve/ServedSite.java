package dev.versus.serve;

/**
 * The site the server answers from: a folder already built ({@link FolderSite}), or the site's
 * inputs, each page rendered when it is asked for ({@link LiveSite}).
 */
interface ServedSite {

    /** What a path of the site names. */
    Answer answer(RequestPaths.Site path);

    /** The site's 404 page, sent with status 404 for any path it has nothing for; or Missing. */
    Answer notFoundPage();
}
