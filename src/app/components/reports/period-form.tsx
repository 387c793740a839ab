import { createSignal } from 'solid-js';
import type { DatePeriod } from '../../state/reports/period-params';
import { t } from '../../state/language';
import { InputField } from '../input-field';

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
      <InputField id="rpt-from" type="date" required label={t('reports.period.from')} value={from()} onInput={setFrom} />
      <InputField id="rpt-to" type="date" required label={t('reports.period.to')} value={to()} onInput={setTo} />
      <button type="submit" class="button button--primary">
        {t('reports.period.show')}
      </button>
    </form>
  );
}
