import type { MessageKey } from '../../i18n';
import { entryName } from '../../../core/catalogues';
import { formatTime, problemText, t } from '../language';
import { services } from '../services';
import type { ResultOutcome } from './door-screen';

const METHOD: Record<string, MessageKey> = {
  pass: 'door.method.pass',
  cedula: 'door.method.cedula',
  reader: 'door.method.reader',
  manual: 'door.method.manual',
};

export const methodLabel = (method: string): string => (METHOD[method] ? t(METHOD[method]!) : method);

/** "en «Puerta norte»": the name the office gave the device; staff never see internal ids. */
export const deviceLabel = (thisDevice: boolean, label: string | undefined): string =>
  thisDevice ? t('door.thisDevice') : label ? t('door.namedDevice', { device: label }) : t('door.otherDevice');

/** Accessibility needs by their catalogue names, so staff can guide the person (an interpreter, a ramp). */
const needsLabel = (codes: readonly string[]): string => {
  const catalogue = services()?.catalogues.accessibilityNeeds;
  return codes.map((code) => (catalogue && entryName(catalogue, code)) ?? code).join(', ');
};

/** The big line and the detail of a result screen. */
export function resultTexts(outcome: ResultOutcome): { title: string; name?: string | undefined; detail: string } {
  switch (outcome.kind) {
    case 'admitted':
      return outcome.anonymous
        ? { title: t('door.result.counted'), detail: t('door.result.countedDetail') }
        : {
            title: t('door.result.admitted'),
            // A pass verified before the list was pulled: valid, but the name is not on this phone yet.
            name: outcome.name || t('door.result.registeredUnnamed'),
            detail: outcome.needs?.length ? `${methodLabel(outcome.method)} · ${t('door.result.needs', { needs: needsLabel(outcome.needs) })}` : methodLabel(outcome.method),
          };
    case 'already':
      return {
        title: t('door.result.already'),
        name: outcome.name,
        detail: t('door.result.alreadyDetail', { time: formatTime(outcome.at), device: deviceLabel(outcome.thisDevice, outcome.deviceLabel) }),
      };
    case 'rejected': {
      const reason =
        outcome.reason === 'unrecognised'
          ? t('door.result.unrecognisedDetail')
          : outcome.reason === 'no_key'
            ? t('door.result.noKey')
            : outcome.reason === 'revoked'
              ? t('door.result.revoked')
            : outcome.problem
              ? problemText(outcome.problem)
              : t('door.result.failed');
      return { title: outcome.reason === 'unrecognised' ? t('door.result.unrecognised') : t('door.result.rejected'), detail: reason };
    }
  }
}
