import { html } from "hono/html";
import type { FieldError } from "../../../core/index.js";
import { PAGE, page, type Markup } from "./layout.js";
import type { Session } from "./session.js";

/** What the editor typed, echoed back when the form needs fixing. */
export interface CheckFormValues {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  body?: string;
  store?: boolean;
}

function errorFor(errors: readonly FieldError[], name: string): Markup | "" {
  const messages = errors.filter((e) => e.field === name || e.field.endsWith(`.${name}`)).map((e) => e.message);
  return messages.length > 0 ? html`<p class="error" id="${name}-error">${name}: ${messages.join("; ")}</p>` : "";
}

/**
 * The paste-an-article form: title, publication date, outlet, optional URL and the text;
 * dry run (nothing stored) or store; both need a signed-in key when the server has keys.
 * @example c.html(checkFormPage({ session }))
 */
export function checkFormPage(o: { session: Session; values?: CheckFormValues; errors?: FieldError[]; message?: string }): Markup {
  const v = o.values ?? {};
  const errors = o.errors ?? [];
  const storeNote = o.session.canWrite ? "" : html` (<a href="${PAGE.signIn}">sign in</a> first)`;
  const body = html`<h1>Check an article</h1>
<p>Paste a story to see every number and date the checker reads in it, and where it contradicts itself or the articles already stored.</p>
${o.message ? html`<p class="error" role="alert">${o.message}${o.session.canWrite ? "" : html` <a href="${PAGE.signIn}?next=/">Sign in</a> (in another tab keeps this text).`}</p>` : ""}
<form method="post" action="${PAGE.check}">
<input type="hidden" name="csrf" value="${o.session.csrf}">
<label for="title">Title</label><input type="text" id="title" name="title" maxlength="1000" value="${v.title ?? ""}">${errorFor(errors, "title")}
<label for="published">Publication date</label><input type="date" id="published" name="published" value="${v.published ?? ""}" aria-describedby="published-help">
<small id="published-help">Relative dates (“last week”) are read from it.</small>${errorFor(errors, "published")}
<label for="source">Outlet</label><input type="text" id="source" name="source" maxlength="200" value="${v.source ?? ""}">${errorFor(errors, "source")}
<label for="url">URL (optional)</label><input type="url" id="url" name="url" maxlength="2048" value="${v.url ?? ""}">${errorFor(errors, "url")}
<label for="body">Text</label><textarea id="body" name="body" required>${v.body ?? ""}</textarea>${errorFor(errors, "body")}
<fieldset><legend>After checking</legend>
<input type="radio" id="mode-dry" name="mode" value="dry" ${v.store ? "" : "checked"}><label for="mode-dry">Dry run: store nothing${storeNote}</label>
<input type="radio" id="mode-store" name="mode" value="store" ${v.store ? "checked" : ""}><label for="mode-store">Store it, so later articles are checked against it${storeNote}</label>
</fieldset>
<button type="submit">Check</button></form>`;
  return page({ title: "Check an article", session: o.session, body });
}
