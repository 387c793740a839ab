import { defaultCatalogues } from '../catalogues/defaults';
import { checkWrittenDefinition, parseFormDefinition, type FormDefinition } from './form-definition';
import { latestDefinitions } from './definition-lookup';
import { defaultTopics } from './topics-catalogue';
import escuchadero from './definitions/escuchadero.json';
import escuchaderoV2 from './definitions/escuchadero.v2.json';
import escuchaderoV3 from './definitions/escuchadero.v3.json';
import evaluacionAudiencia from './definitions/evaluacion-audiencia.json';
import evaluacionAudienciaV2 from './definitions/evaluacion-audiencia.v2.json';
import priorizacionTemas from './definitions/priorizacion-temas.json';
import priorizacionTemasV2 from './definitions/priorizacion-temas.v2.json';
import urnaVirtual from './definitions/urna-virtual.json';
import urnaVirtualV2 from './definitions/urna-virtual.v2.json';

/** The default catalogues plus the plan's topics, which the built-in forms read. */
export const builtinFormCatalogues = { ...defaultCatalogues, topics: defaultTopics };

function load(json: unknown): FormDefinition {
  const read = parseFormDefinition(json, builtinFormCatalogues);
  const parsed = read.ok ? checkWrittenDefinition(read.value) : read;
  // A broken built-in form is a programming error: fail loudly at start, like the default catalogues.
  if (!parsed.ok) throw new Error(`Invalid built-in form definition: ${JSON.stringify(parsed.problem.details)}`);
  return parsed.value;
}

/**
 * Every version of the built-in forms ever shipped (`<id>.json` is version 1, `<id>.v<N>.json` version N). A
 * version is immutable once answered, so a change is a new version beside the old one, as in ODK and Kobo:
 * the server stores each (id, version) that is free, and answers to old versions stay readable.
 */
export const builtinFormDefinitions: readonly FormDefinition[] = [
  escuchadero,
  escuchaderoV2,
  evaluacionAudiencia,
  priorizacionTemas,
  urnaVirtual,
  // The territory question in the entity's own words ({territorio}, territory-placeholders.ts), nothing else changed.
  escuchaderoV3,
  evaluacionAudienciaV2,
  priorizacionTemasV2,
  urnaVirtualV2,
].map(load);

/** The current version of each built-in form: what new links, posters and drafts use. */
export const currentBuiltinDefinitions: readonly FormDefinition[] = latestDefinitions(builtinFormDefinitions);

/** The current version of a built-in form (undefined for any other id). */
export const currentBuiltinDefinition = (formId: string): FormDefinition | undefined => currentBuiltinDefinitions.find((d) => d.id === formId);

export const BUILTIN_FORM_IDS = ['escuchadero', 'evaluacion-audiencia', 'priorizacion-temas', 'urna-virtual'] as const;
