import type { Catalogue, Catalogues } from '../../catalogues';
import type { CategoryOrder } from '../breakdown';
import { DIMENSIONS, type Dimension } from '../dimensions';

/** The catalogue each characterisation variable takes its codes from. */
export function dimensionCatalogue(c: Catalogues, d: Dimension): Catalogue {
  switch (d) {
    case 'territory':
      return c.territories;
    case 'sex':
      return c.sexesAtBirth;
    case 'genderIdentity':
      return c.genderIdentities;
    case 'sexualOrientation':
      return c.sexualOrientations;
    case 'lifeStage':
      return c.lifeStages;
    case 'ethnicGroup':
      return c.ethnicGroups;
    case 'organisationType':
      return c.organisationTypes;
    case 'disability':
      return c.disabilities;
    case 'differentialGroup':
      return c.differentialGroups;
    case 'accessibilityNeed':
      return c.accessibilityNeeds;
  }
}

/** Breakdown cells in catalogue order, every category shown even with 0 people. */
export function categoryOrderOf(c: Catalogues): CategoryOrder {
  const order: CategoryOrder = {};
  for (const d of DIMENSIONS) order[d] = dimensionCatalogue(c, d).entries.map((e) => e.code);
  return order;
}
