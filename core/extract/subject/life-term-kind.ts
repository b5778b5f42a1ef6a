import careers from "./data/life-careers.js";
import { lastMatch } from "../last-match.js";

/**
 * The kind of a person's time in power (data/life-careers.ts 'seizure', 'namedOffices'): taken by
 * force ("seized power in 1984", "military head of state from 1983 to 1985"), or held in a named
 * office ("president from 2015 to 2023", "prime minister from 1980 to 1987"), or in power with no
 * office named ("took office", "ruled"). One life may hold several ("prime minister in 1980 ...
 * president in 1987"), and a date of one is no date of another: the frame's event is the kind,
 * so two kinds are never compared.
 * @example termKind("ruled as a military head of state from") // "rule-seized"
 * @example termKind("served as prime minister of Zimbabwe from") // "rule-prime-minister"
 */
export function termKind(clause: string): string {
  if (SEIZURE.test(clause)) return "rule-seized";
  const named = lastMatch(NAMED_OFFICE, clause)?.[0];
  return named ? `rule-${OFFICES.get(named.toLowerCase().replace(/\s+/g, " "))}` : "rule-office";
}

const SEIZURE = new RegExp(String.raw`\b(?:${careers.seizure.join("|")})\b`, "i");
const OFFICES = new Map<string, string>(Object.entries(careers.namedOffices));
const NAMED_OFFICE = new RegExp(String.raw`\b(?:${[...OFFICES.keys()].map((o) => o.replace(/ /g, String.raw`\s+`)).join("|")})\b`, "gi");
