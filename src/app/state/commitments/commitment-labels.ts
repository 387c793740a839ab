import type { Language } from '../../../core/problems/problem';
import { inboxChoices, inboxLabel, officeLabel, officeOptions } from '../forms/inbox-labels';
import type { OptionGroup } from '../forms/field-options';

/**
 * Commitments name their dependency, plan topic and territory with the same catalogues as the escuchadero,
 * so a commitment made from a citizen's question keeps the question's topic and territory as they were.
 */
export const commitmentChoices = (language: Language): Record<'office' | 'topic' | 'territory', OptionGroup[]> => {
  const inbox = inboxChoices(language);
  return { office: [{ options: officeOptions(language) }], topic: inbox.topic, territory: inbox.territory };
};

export const commitmentLabel = (what: 'office' | 'topic' | 'territory', code: string, language: Language): string =>
  what === 'office' ? officeLabel(code, language) : inboxLabel(what === 'topic' ? 'tema' : 'territorio', code, language);

export { COMMITMENT_STATUSES, STATUS_KEYS } from './status-keys';
