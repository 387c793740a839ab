import { Match, Switch } from 'solid-js';
import type { ReportFailure } from '../../state/reports/report-api';
import { problemText, t } from '../../state/language';

/**
 * Why the report is not shown, in words a planner can act on: offline (reports are computed on the
 * server), not signed in or without the role (link to sign in), or the server's own problem.
 */
export function ReportFailureView(props: { failure: ReportFailure; onRetry: () => void }) {
  return (
    <div class="rpt-failure" role="alert" data-testid="report-failure" data-reason={props.failure.reason}>
      <Switch>
        <Match when={props.failure.reason === 'offline'}>
          <p>{t('reports.offline')}</p>
        </Match>
        <Match when={props.failure.reason === 'signIn'}>
          <p>
            {t('reports.signIn')} <a href="/ingresar">{t('reports.signInLink')}</a>
          </p>
        </Match>
        <Match when={props.failure.reason === 'forbidden'}>
          <p>
            {t('reports.forbidden')} <a href="/ingresar">{t('reports.signInLink')}</a>
          </p>
        </Match>
        <Match when={props.failure.reason === 'problem' && 'problem' in props.failure ? props.failure.problem : undefined}>
          {(p) => <p>{problemText(p())}</p>}
        </Match>
      </Switch>
      <button type="button" class="button button--secondary" onClick={() => props.onRetry()}>
        {t('reports.retry')}
      </button>
    </div>
  );
}
