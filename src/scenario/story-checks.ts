// Cross-checks for objectives and triggers: every unit, side, area, item and objective they name
// must exist, and the first side must have something to win.
import type { ObjectiveDef, TriggerDef, TriggerDo, TriggerWhen } from '../engine/types';
import type { PathStep } from './errors';
import { present } from './report';
import { checkUnique, type ScenarioNames } from './references';

export function checkObjectives(objectives: readonly (ObjectiveDef | undefined)[] | undefined, firstSide: string | undefined, turnLimit: number | undefined, names: ScenarioNames): void {
  checkUnique(objectives, ['objectives'], 'objective', names.report);
  for (const [o, i] of present(objectives)) {
    const path = ['objectives', i];
    if (o.type === 'survive' && turnLimit !== undefined && o.turns > turnLimit) {
      names.report('out-of-range', [...path, 'turns'], `surviving ${o.turns} rounds is impossible: the battle ends after turnLimit ${turnLimit}`);
    }
    names.check('side', o.side, [...path, 'side']);
    if ('sides' in o) o.sides?.forEach((side, j) => names.check('side', side, [...path, 'sides', j]));
    if ('unit' in o) names.check('unit', o.unit, [...path, 'unit']);
    if ('area' in o) names.check('area', o.area, [...path, 'area']);
    if ('item' in o) names.check('item', o.item, [...path, 'item']);
  }
  const list = present(objectives).map(([o]) => o);
  // With an objective the schema refused, the first side's intent is unknown: no verdict.
  const complete = objectives !== undefined && list.length === objectives.length;
  if (firstSide !== undefined && complete && list.length > 0 && !list.some((o) => (o.side ?? firstSide) === firstSide && o.primary !== false)) {
    names.report('no-primary-objective', ['objectives'], `the first side '${firstSide}' has no primary objective, so it could never win`);
  }
}

export function checkTriggers(triggers: readonly (TriggerDef | undefined)[] | undefined, turnLimit: number | undefined, names: ScenarioNames): void {
  checkUnique(triggers, ['triggers'], 'trigger', names.report);
  for (const [trigger, i] of present(triggers)) {
    if (trigger.when.event === 'turnStart' && turnLimit !== undefined && trigger.when.turn > turnLimit) {
      names.report('out-of-range', ['triggers', i, 'when', 'turn'], `round ${trigger.when.turn} never starts: the battle ends after turnLimit ${turnLimit}`);
    }
    checkWhen(trigger.when, ['triggers', i, 'when'], names);
    for (const [step, j] of present(trigger.do)) checkDo(step, ['triggers', i, 'do', j], names);
  }
}

function checkWhen(when: TriggerWhen, path: PathStep[], names: ScenarioNames): void {
  if ('side' in when) names.check('side', when.side, [...path, 'side']);
  if ('unit' in when) names.check('unit', when.unit, [...path, 'unit']);
  if ('unitType' in when) names.check('unitType', when.unitType, [...path, 'unitType']);
  if ('area' in when) names.check('area', when.area, [...path, 'area']);
  if ('objective' in when) names.check('objective', when.objective, [...path, 'objective']);
  if ('item' in when) names.check('item', when.item, [...path, 'item']);
}

function checkDo(step: TriggerDo, path: PathStep[], names: ScenarioNames): void {
  switch (step.do) {
    case 'spawn':
      names.check('unitType', step.unitType, [...path, 'unitType']);
      names.check('side', step.side, [...path, 'side']);
      names.checkPlace(step.at, [...path, 'at']);
      if (step.id !== undefined && (step.count ?? 1) > 1) {
        names.report('bad-reference', [...path, 'id'], `a spawn of ${step.count} units cannot give them all the one id '${step.id}'`);
      }
      return;
    case 'message':
      return;
    case 'addObjective':
    case 'setObjective':
      names.check('objective', step.objective, [...path, 'objective']);
      return;
    case 'setTerrain':
      names.checkPlace(step.at, [...path, 'at']);
      return;
    case 'placeItem':
      names.check('item', step.item, [...path, 'item']);
      names.checkTile(step.at, [...path, 'at']);
      return;
    case 'endScenario':
      names.check('side', step.winner, [...path, 'winner']);
      return;
    case 'transform':
      names.check('unitType', step.into, [...path, 'into']);
      names.checkSelector(step, path);
      return;
    default:
      // changeSide, applyStatus, removeStatus, removeUnit, heal: a selector (and for changeSide, a side).
      names.checkSelector(step, path);
  }
}

/** Unit ids that triggers give the units they spawn: triggers and objectives may name them too. */
export function spawnedUnitIds(triggers: readonly (TriggerDef | undefined)[] | undefined): { id: string; path: PathStep[] }[] {
  const out: { id: string; path: PathStep[] }[] = [];
  for (const [trigger, i] of present(triggers)) {
    for (const [step, j] of present(trigger.do)) {
      if (step.do === 'spawn' && step.id !== undefined) out.push({ id: step.id, path: ['triggers', i, 'do', j, 'id'] });
    }
  }
  return out;
}
