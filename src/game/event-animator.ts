// Plays the engine's events on the map: moves along paths, shots, damage numbers, pushes, defeats.
// Purely cosmetic: after the events the scene is synced to the state, which is the truth.
import * as Phaser from 'phaser';
import type { GameEvent, GameState, Pos } from '../engine';
import type { BattleScene } from './battle-scene';
import { sounds } from './sound-effects';
import { TILE } from './terrain-art';

const centre = (p: Pos) => ({ x: p.x * TILE + TILE / 2, y: p.y * TILE + TILE / 2 });

export class EventAnimator {
  /** 1 = normal; larger is faster. */
  speed = 1;
  /** Set to finish the current batch at once (the player pressed skip). */
  skipping = false;

  constructor(private scene: BattleScene) {}

  private wait(ms: number): Promise<void> {
    if (this.skipping) return Promise.resolve();
    return new Promise((resolve) => this.scene.time.delayedCall(ms / this.speed, () => resolve()));
  }

  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): Promise<void> {
    if (this.skipping) return Promise.resolve();
    return new Promise((resolve) => {
      this.scene.tweens.add({ ...config, duration: (config.duration as number) / this.speed, onComplete: () => resolve() });
    });
  }

  floatText(at: Pos, text: string, color: string, size = 22) {
    if (this.skipping) return;
    const c = centre(at);
    const label = this.scene.add.text(c.x, c.y - 12, text, {
      fontFamily: 'Rajdhani, Arial, sans-serif', fontSize: `${size}px`, fontStyle: 'bold', color, stroke: '#0b0f14', strokeThickness: 5,
    }).setOrigin(0.5).setDepth(30);
    this.scene.tweens.add({ targets: label, y: c.y - 46, alpha: { from: 1, to: 0 }, duration: 1100 / this.speed, ease: 'Cubic.easeOut', onComplete: () => label.destroy() });
  }

  private async shot(from: Pos, to: Pos, color: number) {
    if (this.skipping) return;
    const a = centre(from), b = centre(to);
    const g = this.scene.add.graphics().setDepth(25);
    g.lineStyle(6, color, 0.35).lineBetween(a.x, a.y, b.x, b.y);
    g.lineStyle(2, 0xffffff, 0.95).lineBetween(a.x, a.y, b.x, b.y);
    g.fillStyle(color, 0.6).fillCircle(b.x, b.y, 14);
    await this.tween({ targets: g, alpha: { from: 1, to: 0 }, duration: 380 });
    g.destroy();
  }

  private positionOf(state: GameState, unitId: string): Pos | null {
    const token = this.scene.tokens.get(unitId);
    if (token) return { x: Math.floor(token.x / TILE), y: Math.floor(token.y / TILE) };
    const unit = state.units.find((u) => u.id === unitId);
    return unit ? { x: unit.x, y: unit.y } : null;
  }

  /** Plays the events; `after` is the state they led to (for units that appear). */
  async play(events: GameEvent[], after: GameState, onMessage: (e: GameEvent) => void): Promise<void> {
    for (const event of events) {
      await this.playOne(event, after, onMessage);
    }
  }

  private async playOne(e: GameEvent, after: GameState, onMessage: (e: GameEvent) => void) {
    const tokens = this.scene.tokens;
    switch (e.type) {
      case 'moved': {
        const token = tokens.get(e.unit);
        sounds.play('move');
        if (!token) return;
        const last = e.path[e.path.length - 1];
        if (!this.skipping) this.scene.revealTile(last.x, last.y); // follow the action across big maps
        // One tween along the whole path: on a slow renderer a tween per step would cost a frame each.
        const points = e.path.map(centre);
        const legs = points.length - 1;
        if (legs > 0) {
          const walker = { t: 0 };
          await this.tween({
            targets: walker, t: legs, duration: 110 * legs,
            onUpdate: () => {
              const i = Math.min(legs - 1, Math.floor(walker.t)), f = walker.t - i;
              token.setPosition(points[i].x + (points[i + 1].x - points[i].x) * f, points[i].y + (points[i + 1].y - points[i].y) * f);
            },
          });
        }
        const end = e.path[e.path.length - 1];
        token.placeAt(end.x, end.y);
        return;
      }
      case 'abilityUsed': {
        const from = this.positionOf(after, e.unit);
        const side = after.units.find((u) => u.id === e.unit)?.side ?? '';
        if (!this.skipping) this.scene.revealTile(e.target.x, e.target.y);
        if (from) await this.shot(from, e.target, this.scene.styles.get(side)?.color ?? 0xffffff);
        return;
      }
      case 'attackRolled': {
        if (!e.hit) {
          const at = this.positionOf(after, e.target);
          if (at) this.floatText(at, 'MISS', '#cbd5e1', 18);
          sounds.play('miss');
          await this.wait(250);
        }
        return;
      }
      case 'damaged': {
        const at = this.positionOf(after, e.unit);
        const token = tokens.get(e.unit);
        sounds.play('hit');
        if (at) this.floatText(at, e.amount > 0 ? `-${e.amount}` : e.absorbed ? `(${e.absorbed})` : '0', e.amount > 0 ? '#ff5c5c' : '#67e8f9', 26);
        if (token) await this.tween({ targets: token, x: token.x + 4, duration: 40, yoyo: true, repeat: 2 });
        await this.wait(180);
        return;
      }
      case 'healed': {
        const at = this.positionOf(after, e.unit);
        if (at) this.floatText(at, `+${e.amount}`, '#4ade80', 24);
        await this.wait(200);
        return;
      }
      case 'pushed':
      case 'teleported': {
        const token = tokens.get(e.unit);
        if (token) {
          const c = centre(e.to);
          await this.tween({ targets: token, x: c.x, y: c.y, duration: 180, ease: 'Quad.easeOut' });
          if (e.type === 'pushed' && e.blockedBy) this.floatText(e.to, 'BLOCKED', '#fbbf24', 16);
        }
        return;
      }
      case 'defeated': {
        const token = tokens.get(e.unit);
        sounds.play('defeat');
        const label = { killed: 'DOWN', captured: 'CAPTURED', evacuated: 'SAFE', fell: 'FELL', removed: 'GONE' }[e.how];
        const at = this.positionOf(after, e.unit);
        if (at) this.floatText(at, label, e.how === 'evacuated' ? '#4ade80' : '#fca5a5', 18);
        if (token) await this.tween({ targets: token, alpha: 0, scale: 0.4, duration: 380 });
        return;
      }
      case 'statusApplied': {
        const at = this.positionOf(after, e.unit);
        if (at) this.floatText(at, e.status.toUpperCase(), '#e9d5ff', 16);
        await this.wait(150);
        return;
      }
      case 'uploaded': {
        await this.shot(e.from, e.to, 0xe5484d);
        this.floatText(e.to, 'UPLOAD', '#ff8080', 18);
        await this.wait(250);
        return;
      }
      case 'uploadBlocked': {
        const at = this.positionOf(after, e.unit);
        if (at) this.floatText(at, 'UPLOAD BLOCKED', '#fde68a', 16);
        await this.wait(300);
        return;
      }
      case 'message':
      case 'objectiveChanged':
      case 'turnStarted':
        onMessage(e);
        if (e.type === 'turnStarted') sounds.play('turn');
        return;
      default:
        return;
    }
  }
}
