// Runs the search script's pure matching function on a built index: node match.js SCRIPT INDEX QUERY...
// Prints one JSON array with each query's outcome. Used by SearchScriptTest when node is installed.
// SEARCH_WORDS, when set, is a JSON object of the page's texts (the form's data-say-* attributes).
"use strict";
const fs = require("fs");
const path = require("path");
const [script, indexFile, ...queries] = process.argv.slice(2);
const search = require(path.resolve(script));
const index = JSON.parse(fs.readFileSync(indexFile, "utf8"));
const words = process.env.SEARCH_WORDS ? JSON.parse(process.env.SEARCH_WORDS) : undefined;
process.stdout.write(JSON.stringify(queries.map((q) => search.match(index, q, undefined, words))));
