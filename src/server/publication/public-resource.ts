import { Hono } from 'hono';
import type { Catalogues } from '../../core/catalogues';
import { problem } from '../../core/problems/problem';
import { commitmentsOpenData } from '../../core/exports/commitments-open-data';
import { openDataFiles } from '../../core/exports/open-data-table';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import { CSV_TYPE, download } from '../reports/downloads';
import { readPublicFilter } from './public-filter';
import type { PublicView } from './public-view';

/**
 * /api/v1/public: what the planning office published, for anyone, without a session. Something not
 * published answers 404 exactly like something that does not exist, so its existence is not revealed.
 */
export function publicResource(view: PublicView, catalogues: Catalogues): Hono {
  const resource = new Hono();
  const notFound = problem('resource.not_found');

  resource.get('/events', async (c) => c.json(await view.events()));
  // The event's card (name, date, place) is public for any event (events/public-events-resource.ts); its
  // memoria only once published.
  resource.get('/events/:id/memoria', async (c) => {
    const detail = await view.event(c.req.param('id'));
    return detail ? c.json(detail) : problemResponse(c, notFound);
  });
  resource.get('/answers', async (c) => {
    const filter = readPublicFilter(catalogues, c.req.query(), requestLanguage(c));
    if (!filter.ok) return problemResponse(c, filter.problem);
    return c.json({ items: await view.answers(filter.value) });
  });
  resource.get('/answers/:id', async (c) => {
    const answer = await view.answer(c.req.param('id'));
    return answer ? c.json(answer) : problemResponse(c, notFound);
  });
  resource.get('/commitments', async (c) => {
    const filter = readPublicFilter(catalogues, c.req.query(), requestLanguage(c));
    if (!filter.ok) return problemResponse(c, filter.problem);
    return c.json({ items: await view.commitments(filter.value) });
  });
  // Open data: the published commitments as CSV, and its data dictionary.
  const commitmentFiles = async () => openDataFiles(commitmentsOpenData(await view.commitments({})));
  resource.get('/open-data/compromisos.csv', async (c) => {
    const files = await commitmentFiles();
    return files.ok ? download(c, files.value.data, CSV_TYPE, 'datos-abiertos-compromisos.csv') : problemResponse(c, files.problem);
  });
  resource.get('/open-data/compromisos-diccionario.csv', (c) => {
    const files = openDataFiles(commitmentsOpenData([]));
    return files.ok ? download(c, files.value.dictionary, CSV_TYPE, 'diccionario-compromisos.csv') : problemResponse(c, files.problem);
  });
  return resource;
}
