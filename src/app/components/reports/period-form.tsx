import { createSignal } from 'solid-js';
import type { DatePeriod } from '../../state/reports/period-params';
import { t } from '../../state/language';

/** Two dates (both included) and a button; the period travels in the address so it can be shared. */
export function PeriodForm(props: { period: DatePeriod; onChoose: (period: DatePeriod) => void }) {
  const [from, setFrom] = createSignal(props.period.from);
  const [to, setTo] = createSignal(props.period.to);
  return (
    <form
      class="rpt-period no-print"
      onSubmit={(event) => {
        event.preventDefault();
        props.onChoose({ from: from(), to: to() });
      }}
    >
      <div class="field">
        <label class="field__label" for="rpt-from">
          {t('reports.period.from')}
        </label>
        <input class="field__input" id="rpt-from" type="date" required value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label class="field__label" for="rpt-to">
          {t('reports.period.to')}
        </label>
        <input class="field__input" id="rpt-to" type="date" required value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
      </div>
      <button type="submit" class="button button--primary">
        {t('reports.period.show')}
      </button>
    </form>
  );
}
