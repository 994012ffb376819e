export { filledValue, fillVariables, missingVariables, type VariableValues, variablesIn } from './fill.ts';
export {
  isVariableName,
  MOU_VARIABLES,
  VARIABLE_LABELS,
  VARIABLE_NAMES,
  type VariableName,
  variableLabel,
  variablePlaceholder,
} from './names.ts';
export { type VariableSources, variableValues } from './values.ts';
