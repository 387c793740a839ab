import { z } from 'zod';
import { catalogueCodes, territoryChoice, type Catalogues } from '../../core/catalogues';
import { citizenMessage } from '../../core/problems/citizen-field-messages';
import { officeMessage } from '../../core/problems/office-field-messages';
import type { Language } from '../../core/problems/problem';
import type { PublicFilter } from '../../core/publication';
import type { Result } from '../../core/result';
import { requestOf } from '../forms/json-request';

/**
 * The public lists' filters from a query string: ?territorio=&dependencia=&tema= (the page's own words,
 * also accepted by the JSON API). Empty values mean "all", as a plain HTML form sends them.
 */
export function readPublicFilter(catalogues: Catalogues, query: Record<string, string>, language: Language): Result<PublicFilter> {
  const blankless = Object.fromEntries(Object.entries(query).filter(([key, value]) => value !== '' && key in names));
  const schema = z.object({
    territorio: z.enum(catalogueCodes(catalogues.territories), { error: citizenMessage('territory.choice', { territory: territoryChoice(catalogues.territories) }) }).optional(),
    dependencia: z.enum(catalogueCodes(catalogues.offices), { error: officeMessage('public.office') }).optional(),
    tema: z.enum(catalogueCodes(catalogues.topics), { error: officeMessage('public.topic') }).optional(),
  });
  const read = requestOf(language, schema, blankless);
  if (!read.ok) return read;
  const { territorio, dependencia, tema } = read.value;
  return {
    ok: true,
    value: { ...(territorio ? { territory: territorio } : {}), ...(dependencia ? { office: dependencia } : {}), ...(tema ? { topic: tema } : {}) },
  };
}

const names = { territorio: true, dependencia: true, tema: true };
