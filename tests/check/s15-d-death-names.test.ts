import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { surname } from "../../core/check/rules/date-names.js";
import type { ScopeEntity } from "../../core/model.js";
import { article } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";

const named = (id: string): ScopeEntity => ({ kind: "named", id, text: id });

// iHarare and Tuko on Hage Geingob's death (00:04 on Sunday 4 February 2024, Lady Pohamba Hospital, Windhoek), both of 4 February 2024.
const IHARARE = "Namibia's President Dr Hage Geingob dies\nNamibian President Hage Geingob has died. Acting president Nangolo Mbumba confirmed the death in a statement.\n\"It is with utmost sadness and regret that I inform you that our beloved Dr. Hage G. Geingob, the President of the Republic of Namibia has passed on today, Sunday 4 February 2024 at around 00h04 at Lady Pohamba Hospital where he was receiving medical treatment.\"";
const TUKO = "Namibia President Hage Geingob, 82, dies in hospital\nNamibia is engulfed with pain following the death of its president, Hage Geingob, who was receiving treatment at the Lady Pohamba Hospital.\nGeingob, 82, died after midnight on Sunday, February 6, 2024, while under the watch of his spouse, Madame Monica Geingos, and children.";

const dateOf = (body: string, published: string, text: string) =>
  extractClaims(article("x", body, published)).find((c) => c.kind === "date" && c.text.includes(text))?.subject?.frame;

describe("one death named by surname and in full, told 'after midnight'", () => {
  it("reads 'has passed on' as a death, and an office after a comma as no second person", () => {
    const frame = dateOf(IHARARE, "2024-02-04", "Sunday 4 February 2024");
    expect(frame?.measure.id).toBe("date.death");
    expect(frame?.scope.map((e) => e.id)).not.toContain("president-of-the-republic-of-namibia");
  });
  it("takes a surname opening its sentence for the person when the article names him inside a sentence too", () => {
    expect(dateOf(TUKO, "2024-02-04", "February 6")?.scope.map((e) => e.id)).toContain("geingob");
    const unnamed = "Rescuers searched the hospital grounds.\nSurvivors, 82, died after midnight on Sunday, February 6, 2024.";
    expect(dateOf(unnamed, "2024-02-07", "February 6")?.scope.map((e) => e.id) ?? []).not.toContain("survivors");
  });
  it("reports the two reports' days of the death", () => {
    expect(dateConflicts(article("iharare", IHARARE, "2024-02-04", "iHarare"), article("tuko", TUKO, "2024-02-04", "Tuko"))).toContain("Sunday 4 February 2024 | after midnight on Sunday, February 6, 2024");
  });
  it("matches a surname of five letters or more with the full name's last word, and nothing else", () => {
    expect(surname(named("geingob"), named("dr-hage-g-geingob"))).toBe(true);
    expect(surname(named("geingob"), named("geingob-street"))).toBe(false);
    expect(surname(named("khan"), named("imran-khan"))).toBe(false);
    expect(surname(named("hage-geingob"), named("dr-hage-g-geingob"))).toBe(false);
  });
  it("still takes 'after Sunday' for a bound, not the day of the death", () => {
    const bound = TUKO.replace("died after midnight on Sunday, February 6, 2024", "died after Sunday, February 6, 2024");
    expect(dateConflicts(article("iharare", IHARARE, "2024-02-04", "iHarare"), article("tuko", bound, "2024-02-07", "Tuko"))).toEqual([]);
  });
});
