import { Hono } from 'hono';
import type { LinkSigner } from '../../core/forms';
import type { Catalogue } from '../../core/catalogues';
import { problem } from '../../core/problems/problem';
import type { FormStore } from '../store/form-store';
import type { SubmissionStore } from '../store/submission-store';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import { createForm, editForm } from './definition-edits';
import { jsonOf, limitBody } from './json-request';
import { formLinkRoutes } from './form-link-routes';
import { formResultRoutes } from './form-result-routes';

export interface FormsDeps {
  forms: FormStore;
  submissions: SubmissionStore;
  /** The catalogues definitions and answers are checked against (territories, topics…). */
  catalogues: object;
  /**
   * The current settings' territories, whose words name questions in results ("¿En qué {territorio} vive?"); not
   * `catalogues.territories`, which also keeps every earlier version's codes.
   */
  territories: () => Pick<Catalogue, 'entries'>;
  /** The server key's sign (Ed25519): devices verify links offline with the public key. */
  signLink: LinkSigner;
  now: () => Date;
}

// 300 questions with long labels in two languages stay well below this.
const MAX_DEFINITION_BYTES = 512 * 1024;

/**
 * /api/v1/forms. PUT, POST and links belong to the planning office, results to staff; GET of definitions
 * is public (citizens' devices render them). See src/server/auth/route-policies.ts.
 */
export function formsResource(deps: FormsDeps): Hono {
  const resource = new Hono();

  resource.get('/', (c) => c.json({ forms: deps.forms.latest() }));

  resource.get('/:id', (c) => {
    const form = deps.forms.latestOf(c.req.param('id'));
    return form ? c.json({ form }) : problemResponse(c, problem('resource.not_found'));
  });

  resource.get('/:id/versions', (c) => {
    const versions = deps.forms.versionsOf(c.req.param('id'));
    return versions.length > 0 ? c.json({ formId: c.req.param('id'), versions }) : problemResponse(c, problem('resource.not_found'));
  });

  resource.get('/:id/versions/:version{[1-9][0-9]{0,6}}', (c) => {
    const form = deps.forms.lookup(c.req.param('id'), Number(c.req.param('version')));
    return form ? c.json({ form }) : problemResponse(c, problem('resource.not_found'));
  });

  resource.put('/:id', limitBody(MAX_DEFINITION_BYTES), async (c) => {
    const body = await jsonOf(c);
    const saved = body.ok ? await editForm(deps, requestLanguage(c), c.req.param('id'), body.value) : body;
    if (!saved.ok) return problemResponse(c, saved.problem);
    return c.json({ form: saved.value.form }, saved.value.created ? 201 : 200);
  });

  resource.post('/', limitBody(MAX_DEFINITION_BYTES), async (c) => {
    const body = await jsonOf(c);
    const saved = body.ok ? await createForm(deps, requestLanguage(c), body.value) : body;
    if (!saved.ok) return problemResponse(c, saved.problem);
    return c.json({ form: saved.value.form }, saved.value.created ? 201 : 200);
  });

  resource.route('/', formLinkRoutes(deps));
  resource.route('/', formResultRoutes(deps));
  return resource;
}
