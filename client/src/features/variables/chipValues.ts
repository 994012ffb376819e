import { MOU_VARIABLES } from '../../../../shared/variables/names.ts';

/**
 * What the chips of a document show (`useVariableChips`'s state), from its tier and the values
 * the API gives: a variant, every value (a missing one marked); a master or a single PKS, only
 * the values it cites from its MoU, the OPD's variables reading as their labels.
 */
export function chipValues(
  tier: 'single' | 'master' | 'variant' | undefined,
  variables: Record<string, string> | undefined,
): { variant: boolean; values: Record<string, string> } {
  if (tier === 'variant') return { variant: true, values: variables ?? {} };
  const values: Record<string, string> = {};
  for (const name of MOU_VARIABLES) {
    const value = variables?.[name];
    if (value) values[name] = value;
  }
  return { variant: false, values };
}
