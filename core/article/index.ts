export { articleIdFor } from "./id.js";
export { decodeEntities } from "./entities.js";
export { htmlToText, looksLikeHtml } from "./html.js";
export { readFrontMatter, type FrontMatter } from "./front-matter.js";
