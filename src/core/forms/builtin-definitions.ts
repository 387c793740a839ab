import { defaultCatalogues } from '../catalogues/defaults';
import { parseFormDefinition, type FormDefinition } from './form-definition';
import { defaultTopics } from './topics-catalogue';
import escuchadero from './definitions/escuchadero.json';
import evaluacionAudiencia from './definitions/evaluacion-audiencia.json';
import priorizacionTemas from './definitions/priorizacion-temas.json';
import urnaVirtual from './definitions/urna-virtual.json';

/** The default catalogues plus the plan's topics, which the built-in forms read. */
export const builtinFormCatalogues = { ...defaultCatalogues, topics: defaultTopics };

function load(json: unknown): FormDefinition {
  const parsed = parseFormDefinition(json, builtinFormCatalogues);
  // A broken built-in form is a programming error: fail loudly at start, like the default catalogues.
  if (!parsed.ok) throw new Error(`Invalid built-in form definition: ${JSON.stringify(parsed.problem.details)}`);
  return parsed.value;
}

export const builtinFormDefinitions: readonly FormDefinition[] = [escuchadero, evaluacionAudiencia, priorizacionTemas, urnaVirtual].map(load);

export const BUILTIN_FORM_IDS = ['escuchadero', 'evaluacion-audiencia', 'priorizacion-temas', 'urna-virtual'] as const;
