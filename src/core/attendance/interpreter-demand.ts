import type { Catalogue } from '../catalogues/catalogue';

/** Ley 982 de 2005 (arts. 19–20): an interpreter and a guide-interpreter when ten or more people ask. */
export const LEY_982_THRESHOLD = 10;

/** Catalogue kinds (accessibility-needs.json) that count toward the threshold; codes may be renamed. */
const LSC_KIND = 'interprete_lsc';
const GUIDE_KIND = 'guia_interprete';

export interface AccessibilityRequest {
  /** The same person asking twice (pre-registration and door) counts once; see identityKey. */
  personKey?: string | undefined;
  accessibilityNeeds?: readonly string[] | undefined;
}

export interface InterpreterDemand {
  lsc: number;
  guideInterpreter: number;
  /** People asking for either service: the figure the law's threshold applies to. */
  people: number;
  threshold: number;
  reached: boolean;
  /** How many more requests until the threshold (0 once reached). */
  missing: number;
}

export function interpreterDemand(
  requests: readonly AccessibilityRequest[],
  catalogue: Catalogue,
  threshold: number = LEY_982_THRESHOLD,
): InterpreterDemand {
  const codesOfKind = (kind: string) => new Set(catalogue.entries.filter((e) => e.kind === kind).map((e) => e.code));
  const lscCodes = codesOfKind(LSC_KIND);
  const guideCodes = codesOfKind(GUIDE_KIND);
  const lsc = new Set<string>();
  const guide = new Set<string>();
  requests.forEach((request, index) => {
    const person = request.personKey ?? `\u0000${index}`;
    for (const code of request.accessibilityNeeds ?? []) {
      if (lscCodes.has(code)) lsc.add(person);
      if (guideCodes.has(code)) guide.add(person);
    }
  });
  const people = new Set([...lsc, ...guide]).size;
  return {
    lsc: lsc.size,
    guideInterpreter: guide.size,
    people,
    threshold,
    reached: people >= threshold,
    missing: Math.max(0, threshold - people),
  };
}
