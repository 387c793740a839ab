import { t } from '../../state/language';

/** Back link and the print button (the browser's dialog also saves as PDF); neither is printed. */
export function PrintBar(props: { back: string; backText: string }) {
  return (
    <div class="rpt-printbar no-print">
      <a href={props.back}>{props.backText}</a>
      <button type="button" class="button button--primary" onClick={() => window.print()} data-testid="print-button">
        {t('reports.print')}
      </button>
    </div>
  );
}
