import { Hono, type Context } from 'hono';
import { openDataFiles } from '../../core/exports/open-data-table';
import { officeTextIn } from '../../core/problems/office-field-messages';
import { problem, type Language } from '../../core/problems/problem';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import { attendanceListColumnsFor, type ListNaming } from './attendance-list';
import { writeListado, type ListadoExport } from './listado-export';
import { streamDownload, type DownloadWriter } from './streamed-downloads';
import { CSV_TYPE, download, PDF_TYPE, XLSX_TYPE } from './downloads';
import { eventReport } from './event-report';
import { isOpenDataTable, openDataTable, type OpenDataTableName } from './open-data-exports';
import { periodDashboard } from './period-dashboard';
import { loadPeriod } from './period-inputs';
import { readPeriodQuery } from './period-query';
import { periodSheets } from './period-workbook';
import { currentTerritories, type ReportDeps } from './report-deps';
import { audienceOf } from './report-audience';
import { xlsxWorkbook } from './xlsx-workbook';
import { chromiumMemoriaPrinter } from './memoria-pdf';

// Territories named as each record's catalogue version named them; devices by their labels.
const listNaming = async (deps: ReportDeps): Promise<ListNaming> => ({ history: deps.settingsHistory?.(), deviceLabels: await deps.deviceLabels?.() });

const unknownTable = (language: Language) =>
  problem('request.invalid', { fields: [{ path: 'table', code: 'custom', message: officeTextIn(language, 'open_data.table') }] });

/**
 * Where this server itself answers, from the socket the request came in on. Never the Host header: the caller
 * writes it, and the server's own browser must not be sent to an address of the caller's choosing.
 */
function ownOrigin(c: Context): string | undefined {
  const socket = (c.env as { incoming?: { socket?: { localAddress?: string; localPort?: number } } } | undefined)?.incoming?.socket;
  if (!socket?.localAddress || !socket.localPort) return undefined;
  const host = socket.localAddress.includes(':') ? `[${socket.localAddress}]` : socket.localAddress;
  return `http://${host}:${socket.localPort}`;
}

/**
 * Reports and exports, mounted at /api/v1. The attendance list (names, documents, contacts) belongs to the
 * planning office, the reports to staff; open data (anonymised aggregates only) is public.
 * See src/server/auth/route-policies.ts.
 */
export function reportsResource(deps: ReportDeps): Hono {
  const resource = new Hono();
  const logError = deps.logError ?? ((error: unknown) => console.error(error));

  const eventOf = async (c: Context) => (await deps.events.get(c.req.param('id')!))?.event;

  resource.get('/reports/events/:id', async (c) => {
    if (deps.workers) {
      // An event of 40,000 attendees is read and aggregated in a report worker; who sees what is decided here.
      const report = await deps.workers.event(c.req.param('id')!, audienceOf(c), deps.catalogues, deps.settingsHistory?.() ?? [], deps.now());
      if (!report.ok) return problemResponse(c, report.problem);
      return report.value ? c.json(report.value) : problemResponse(c, problem('resource.not_found'));
    }
    const event = await eventOf(c);
    return event ? c.json(await eventReport(deps, event, audienceOf(c))) : problemResponse(c, problem('resource.not_found'));
  });

  // The caller's own credentials go with the page the server prints: the PDF shows what the caller may see.
  const printMemoria = deps.printMemoria ?? chromiumMemoriaPrinter();
  resource.get('/reports/events/:id/memoria.pdf', async (c) => {
    const event = await eventOf(c);
    if (!event) return problemResponse(c, problem('resource.not_found'));
    const credentials = Object.fromEntries(
      (['cookie', 'authorization'] as const).flatMap((name) => {
        const value = c.req.header(name);
        return value ? [[name, value]] : [];
      }),
    );
    const origin = ownOrigin(c);
    if (!origin) return problemResponse(c, problem('report.pdf_unavailable', { reason: 'no local address' }));
    const pdf = await printMemoria({ origin, eventId: event.id, credentials });
    return pdf.ok ? download(c, pdf.value, PDF_TYPE, `memoria-${event.id}.pdf`) : problemResponse(c, pdf.problem);
  });

  // Streamed: an event of 100,000 attendees is written page by page (attendance-list-pages.ts), in an export
  // worker when the server has one, so that only handing its bytes to the client is left to this event loop.
  const listado = (format: ListadoExport['format']) => async (c: Context) => {
    const event = await eventOf(c);
    if (!event) return problemResponse(c, problem('resource.not_found'));
    const job: ListadoExport = {
      format,
      eventId: event.id,
      catalogues: deps.catalogues,
      naming: await listNaming(deps),
      columns: attendanceListColumnsFor(currentTerritories(deps)),
      title: `Listado de asistencia: ${event.name}`,
      created: deps.now(),
    };
    const write: DownloadWriter = (sink, gone) => (deps.exportWorkers ? deps.exportWorkers.listado(job, sink, gone) : writeListado(deps.reports, job, sink, gone));
    return streamDownload(c, format === 'csv' ? CSV_TYPE : XLSX_TYPE, `asistencia-${event.id}.${format}`, write, logError);
  };
  resource.get('/events/:id/attendance.csv', listado('csv'));
  resource.get('/events/:id/attendance.xlsx', listado('xlsx'));

  const period = async (c: Context) => {
    const query = readPeriodQuery(c.req.query());
    if (!query.ok) return query;
    // The heavy part (reading and aggregating a year of records) runs in a worker thread when the server has
    // one; the audience's small-cell publishing stays here, per request.
    const data = deps.workers ? await deps.workers.period(query.value, deps.catalogues, deps.now()) : await loadPeriod(deps, query.value);
    return data.ok ? { ok: true as const, value: { query: query.value, data: data.value } } : data;
  };

  resource.get('/reports/period', async (c) => {
    const loaded = await period(c);
    return loaded.ok ? c.json(periodDashboard(loaded.value.query, loaded.value.data, audienceOf(c))) : problemResponse(c, loaded.problem);
  });

  resource.get('/reports/period.xlsx', async (c) => {
    const loaded = await period(c);
    if (!loaded.ok) return problemResponse(c, loaded.problem);
    const { query, data } = loaded.value;
    const xlsx = await xlsxWorkbook(periodSheets(periodDashboard(query, data, audienceOf(c)), deps.catalogues, currentTerritories(deps)), {
      title: `Informe de rendición de cuentas del ${query.from} al ${query.to}`,
      created: deps.now(),
    });
    return xlsx.ok ? download(c, xlsx.value, XLSX_TYPE, `informe-periodo-${query.from}-a-${query.to}.xlsx`) : problemResponse(c, xlsx.problem);
  });

  const tableOf = (c: Context): OpenDataTableName | undefined => {
    const name = c.req.query('table') ?? 'indicadores';
    return isOpenDataTable(name) ? name : undefined;
  };

  resource.get('/open-data/period.csv', async (c) => {
    const name = tableOf(c);
    if (!name) return problemResponse(c, unknownTable(requestLanguage(c)));
    const loaded = await period(c);
    if (!loaded.ok) return problemResponse(c, loaded.problem);
    const table = openDataTable(name, loaded.value.data.report);
    const files = table.ok ? openDataFiles(table.value) : table;
    const { from, to } = loaded.value.query;
    return files.ok ? download(c, files.value.data, CSV_TYPE, `datos-abiertos-${name}-${from}-a-${to}.csv`) : problemResponse(c, files.problem);
  });

  resource.get('/open-data/dictionary.csv', (c) => {
    const name = tableOf(c);
    if (!name) return problemResponse(c, unknownTable(requestLanguage(c)));
    // The dictionary depends on the columns only: built from an empty table.
    const table = openDataTable(name, { perEvent: [] });
    const files = table.ok ? openDataFiles(table.value) : table;
    return files.ok ? download(c, files.value.dictionary, CSV_TYPE, `diccionario-${name}.csv`) : problemResponse(c, files.problem);
  });

  return resource;
}
