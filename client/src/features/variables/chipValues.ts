import type { VariableName } from '../../../../shared/variables/names.ts';

/**
 * The variables whose values come from the MoU a PKS implements, not from an OPD: a master
 * already knows them, so its chips show them as a variant's do.
 */
const FROM_MOU: readonly VariableName[] = ['mouNumbers', 'mouDate', 'mouTitle'];

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
  for (const name of FROM_MOU) {
    const value = variables?.[name];
    if (value) values[name] = value;
  }
  return { variant: false, values };
}
