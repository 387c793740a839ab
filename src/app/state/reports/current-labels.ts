import { defaultCatalogues } from '../../../core/catalogues';
import { inboxLabel } from '../forms/inbox-labels';
import { language } from '../language';
import { services } from '../services';
import { labelsFor, type Labels } from './report-labels';

const catalogues = () => services()?.catalogues ?? defaultCatalogues;

/** Labels in the reader's language (reactive: call inside a memo or JSX). */
export const currentLabels = (): Labels => labelsFor(language(), catalogues(), inboxLabel);

