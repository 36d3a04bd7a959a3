/**
 * Which collapsible control groups differ from the default person: a changed group opens and says
 * so. (The diet group is always open.)
 */
import { DEFAULT_INPUTS, type ModelInputs } from '../../model/index.ts';

export type GroupId = 'supplements' | 'medicines' | 'conditions' | 'person';

export function changedGroups(inputs: ModelInputs): Record<GroupId, boolean> {
  const d = DEFAULT_INPUTS;
  return {
    supplements:
      inputs.supplementMgPerDay !== d.supplementMgPerDay ||
      inputs.supplementDosesPerDay !== d.supplementDosesPerDay ||
      inputs.supplementForm !== d.supplementForm,
    medicines: inputs.diuretic !== d.diuretic || inputs.ppi !== d.ppi,
    conditions: inputs.conditions.length > 0,
    person: inputs.sex !== d.sex || inputs.ageYears !== d.ageYears || inputs.gfrMlPerMin !== d.gfrMlPerMin,
  };
}
