import type { CommitmentStatus } from '../../../core/commitments';
import type { MessageKey } from '../../i18n';

// Apart from the catalogue labels: the citizen's tracking page shows a status without loading the catalogues.
export const STATUS_KEYS: Record<CommitmentStatus, MessageKey> = {
  pendiente: 'commitments.status.pendiente',
  en_curso: 'commitments.status.en_curso',
  cumplido: 'commitments.status.cumplido',
  vencido: 'commitments.status.vencido',
};

export const COMMITMENT_STATUSES = Object.keys(STATUS_KEYS) as CommitmentStatus[];
