import { createSignal, Show } from 'solid-js';
import { downloadMemoriaPdf } from '../../state/reports/memoria-pdf';
import type { Problem } from '../../../core/problems/problem';
import { problemText, t } from '../../state/language';

/**
 * "Descargar PDF": the server prints this same page (memoria-pdf.ts). When it cannot (no Chromium there), its
 * problem is shown in the reader's language, and the browser's own print stays one click away. Not printed.
 */
export function MemoriaPdfLink(props: { eventId: string }) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<Problem>();
  const download = async () => {
    setBusy(true);
    setProblem(await downloadMemoriaPdf(props.eventId).finally(() => setBusy(false)));
  };
  return (
    <div class="rpt-printbar no-print">
      <button type="button" class="button button--secondary" disabled={busy()} onClick={() => void download()} data-testid="memoria-pdf">
        {busy() ? t('reports.memoria.pdfBusy') : t('reports.memoria.pdf')}
      </button>
      <Show when={problem()}>
        {(p) => (
          <p class="rpt-failure" role="alert" data-testid="memoria-pdf-problem">
            {problemText(p())}
          </p>
        )}
      </Show>
    </div>
  );
}
