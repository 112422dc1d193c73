// Words for the outcome preview and the ability tooltip, from the engine's numbers.
import { unitById, type AbilityDef, type ActionPreview, type GameState } from '../engine';

const pct = (p: number) => `${Math.round(p * 100)}%`;

export function previewLines(state: GameState, preview: ActionPreview): string[] {
  const lines: string[] = [];
  if (preview.charged) lines.push('Charged: strikes at the start of the next turn');
  for (const t of preview.targets) {
    const unit = unitById(state, t.unit);
    const parts = [`hit ${pct(t.hitChance)}`];
    if (t.damage) parts.push(t.damage.min === t.damage.max ? `dmg ${t.damage.min}` : `dmg ${t.damage.min}–${t.damage.max}`);
    if (t.defeatChance > 0) parts.push(`defeat ${pct(t.defeatChance)}`);
    lines.push(`${unit?.name ?? t.unit}: ${parts.join(' · ')}`);
    if (t.push) {
      const where = t.push.blockedBy ? `blocked by ${t.push.blockedBy}` : `to ${t.push.to.x},${t.push.to.y}`;
      lines.push(`  pushed ${where}${t.push.lethal ? ' — LETHAL' : ''}`);
    }
    if (t.statuses.length) lines.push(`  ${t.statuses.join(', ')}`);
  }
  if (preview.targets.length === 0 && preview.tiles.length) lines.push(`Affects ${preview.tiles.length} tile${preview.tiles.length > 1 ? 's' : ''}`);
  return lines;
}

export function abilityDetail(a: AbilityDef): string {
  const bits = [`Range ${a.minRange ? `${a.minRange}–` : ''}${a.range ?? 1}`];
  if (a.accuracy !== undefined) bits.push(`accuracy ${a.accuracy}`);
  bits.push(`${a.ap ?? 1} AP`);
  if (a.cooldown) bits.push(`cooldown ${a.cooldown}`);
  if (a.area && a.area.shape !== 'single') bits.push(`area: ${a.area.shape}${a.area.size ? ` ${a.area.size}` : ''}`);
  if (a.charged) bits.push('charged (resolves next turn)');
  if (a.endsTurn === false) bits.push('does not end the turn');
  return bits.join(' · ');
}
