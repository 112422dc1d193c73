// The battle's heads-up display, in DOM over the canvas: turn and side banner, objectives, the
// selected unit with its ability bar, buttons, the outcome preview and scripted messages.
import { button, el, shapeBadge } from './dom';

export interface ObjectiveLine { text: string; status: string; progress: number; goal: number | null; primary: boolean }
export interface AbilityButton {
  id: string; name: string; description: string; detail: string; cooldown: number; usable: boolean; selected: boolean;
}
export interface UnitCard {
  name: string; typeName: string; sideName: string; sideColor: string; shape: string;
  hp: number; maxHp: number; ap: number; move: number; statuses: string[]; carrying: string | null; own: boolean;
}
export interface HudButtons {
  canUndo: boolean; canEndTurn: boolean; busy: boolean; over: boolean; threatsAvailable: boolean; threatsOn: boolean; speed: number; muted: boolean;
}
export interface HudActions {
  ability(id: string): void; endTurn(): void; undo(): void; hint(): void; threats(): void;
  speed(): void; mute(): void; skip(): void; menu(): void; nextUnit(): void;
}

export class BattleHud {
  readonly root = el('div', 'hud');
  private title = el('div', 'hud-title');
  private turn = el('div', 'hud-turn');
  private banner = el('div', 'side-banner');
  private objectives = el('ol', 'objective-list');
  private legend = el('div', 'legend');
  private log = el('ol', 'message-log');
  private unitPanel = el('div', 'unit-card');
  private abilityBar = el('div', 'ability-bar');
  private tooltip = el('div', 'tooltip');
  private preview = el('div', 'preview');
  private toast = el('div', 'toast');
  private bigBanner = el('div', 'big-banner');
  private buttons: Record<string, HTMLButtonElement>;
  private toastTimer = 0;

  constructor(private actions: HudActions) {
    const top = el('div', 'hud-top panel');
    const left = el('div', 'hud-top-left');
    left.append(this.title, this.turn);
    this.buttons = {
      threats: button('hud-btn', 'Threats', () => actions.threats(), { title: 'Show what the enemy can hit next turn (T)', 'data-key': 'T' }),
      hint: button('hud-btn', 'Hint', () => actions.hint(), { title: 'Ask for a suggested action (H)', 'data-key': 'H' }),
      speed: button('hud-btn', 'Speed 1×', () => actions.speed(), { title: 'Animation speed' }),
      mute: button('hud-btn', 'Sound on', () => actions.mute(), { title: 'Switch sound effects on or off' }),
      menu: button('hud-btn', 'Menu', () => actions.menu(), { title: 'Back to the campaign (the battle is saved)' }),
      undo: button('action-btn undo-btn', 'Undo move', () => actions.undo(), { title: 'Take back the last move (Z)', 'data-key': 'Z' }),
      end: button('action-btn end-btn', 'End turn', () => actions.endTurn(), { title: 'End your turn (E)', 'data-key': 'E' }),
      next: button('action-btn', 'Next unit', () => actions.nextUnit(), { title: 'Select the next unit that can act (Tab)', 'data-key': 'Tab' }),
      skip: button('skip-btn', 'Skip ▸▸', () => actions.skip(), { title: 'Skip the enemy turn animation' }),
    };
    const tools = el('div', 'hud-tools');
    tools.append(this.buttons.threats, this.buttons.hint, this.buttons.speed, this.buttons.mute, this.buttons.menu);
    top.append(left, this.banner, tools);

    const side = el('div', 'hud-side panel');
    // The panel folds away on small screens or to see the map beneath it.
    const fold = button('fold-btn', '–', () => {
      const folded = side.classList.toggle('folded');
      fold.textContent = folded ? '+' : '–';
    }, { title: 'Fold or unfold this panel' });
    side.append(fold, el('h3', '', 'Objectives'), this.objectives, el('h3', '', 'Forces'), this.legend, el('h3', '', 'Comms'), this.log);

    const bottom = el('div', 'hud-bottom panel');
    const endGroup = el('div', 'end-group');
    endGroup.append(this.buttons.next, this.buttons.undo, this.buttons.end);
    bottom.append(this.unitPanel, this.abilityBar, endGroup);

    this.root.append(top, side, bottom, this.tooltip, this.preview, this.toast, this.bigBanner, this.buttons.skip);
    this.setUnit(null, []);
  }

  setHeader(name: string, turn: number, limit: number, sideName: string, sideColor: string, shape: string, yours: boolean) {
    this.title.textContent = name;
    this.turn.textContent = `Turn ${turn} of ${limit}`;
    this.banner.replaceChildren(shapeBadge(shape, sideColor, 18), el('span', '', yours ? `${sideName} — your turn` : `${sideName} — enemy turn`));
    this.banner.style.borderColor = sideColor;
    this.banner.classList.toggle('enemy', !yours);
  }

  setObjectives(lines: ObjectiveLine[]) {
    this.objectives.replaceChildren(
      ...lines.map((o) => {
        const li = el('li', `objective ${o.status}${o.primary ? '' : ' optional'}`);
        const mark = { met: '✔', failed: '✖', active: '◇', inactive: '·' }[o.status] ?? '◇';
        li.append(el('span', 'objective-mark', mark), el('span', 'objective-text', o.text));
        if (o.goal !== null && o.goal > 1) li.append(el('span', 'objective-progress', `${o.progress}/${o.goal}`));
        if (!o.primary) li.append(el('span', 'objective-tag', 'optional'));
        return li;
      }),
    );
  }

  setLegend(entries: { name: string; color: string; shape: string; count: number }[]) {
    this.legend.replaceChildren(
      ...entries.map((e) => {
        const row = el('div', 'legend-row');
        row.append(shapeBadge(e.shape, e.color, 14), el('span', '', e.name), el('span', 'legend-count', String(e.count)));
        return row;
      }),
    );
  }

  pushMessage(text: string, speaker?: string) {
    const li = el('li', 'message');
    if (speaker) li.append(el('b', '', `${speaker}: `));
    li.append(document.createTextNode(text));
    this.log.prepend(li);
    while (this.log.children.length > 12) this.log.lastElementChild?.remove();
    this.toast.replaceChildren(...(speaker ? [el('div', 'toast-speaker', speaker)] : []), el('div', 'toast-text', text));
    this.toast.classList.add('show');
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => this.toast.classList.remove('show'), 4200);
  }

  showBanner(text: string, color: string) {
    this.bigBanner.textContent = text;
    this.bigBanner.style.color = color;
    this.bigBanner.classList.remove('show');
    void this.bigBanner.offsetWidth; // restart the CSS animation
    this.bigBanner.classList.add('show');
  }

  setUnit(card: UnitCard | null, abilities: AbilityButton[]) {
    if (!card) {
      this.unitPanel.replaceChildren(el('div', 'unit-empty', 'Select a unit — click a hero or press Tab'));
    } else {
      const head = el('div', 'unit-head');
      head.append(shapeBadge(card.shape, card.sideColor, 22), el('div', 'unit-name', card.name));
      const stats = el('div', 'unit-stats');
      stats.append(
        el('span', 'stat', `HP ${card.hp}/${card.maxHp}`),
        el('span', 'stat', `AP ${card.ap}`),
        el('span', 'stat', `Move ${card.move}`),
      );
      const hpBar = el('div', 'hp-bar');
      const fill = el('div', 'hp-fill');
      fill.style.width = `${Math.max(0, Math.min(100, (card.hp / Math.max(1, card.maxHp)) * 100))}%`;
      hpBar.append(fill);
      const sub = el('div', 'unit-sub', `${card.typeName} · ${card.sideName}`);
      const extra = [...card.statuses, ...(card.carrying ? [`carrying ${card.carrying}`] : [])];
      this.unitPanel.replaceChildren(head, sub, hpBar, stats, ...(extra.length ? [el('div', 'unit-statuses', extra.join(' · '))] : []));
    }
    this.abilityBar.replaceChildren(
      ...abilities.map((a, i) => {
        const b = button(`ability${a.selected ? ' selected' : ''}${a.usable ? '' : ' disabled'}`, '', () => this.actions.ability(a.id), { 'data-ability': a.id });
        b.append(el('span', 'ability-key', String(i + 1)), el('span', 'ability-name', a.name), el('span', 'ability-detail', a.detail.split(' · ').slice(0, 2).join(' · ')));
        if (a.cooldown > 0) b.append(el('span', 'ability-cooldown', `${a.cooldown}`));
        b.addEventListener('mouseenter', () => this.showTooltip(b, a));
        b.addEventListener('mouseleave', () => this.tooltip.classList.remove('show'));
        return b;
      }),
    );
  }

  private showTooltip(anchor: HTMLElement, a: AbilityButton) {
    this.tooltip.replaceChildren(el('div', 'tooltip-title', a.name), el('div', 'tooltip-body', a.description), el('div', 'tooltip-detail', a.detail));
    if (a.cooldown > 0) this.tooltip.append(el('div', 'tooltip-cooldown', `Ready in ${a.cooldown} turn${a.cooldown > 1 ? 's' : ''}`));
    const r = anchor.getBoundingClientRect();
    this.tooltip.style.left = `${Math.max(8, r.left)}px`;
    this.tooltip.style.bottom = `${window.innerHeight - r.top + 8}px`;
    this.tooltip.classList.add('show');
  }

  setButtons(s: HudButtons) {
    this.buttons.undo.disabled = !s.canUndo || s.busy;
    this.buttons.end.disabled = !s.canEndTurn || s.busy;
    this.buttons.next.disabled = !s.canEndTurn || s.busy;
    this.buttons.hint.disabled = !s.canEndTurn || s.busy;
    this.buttons.threats.hidden = !s.threatsAvailable;
    this.buttons.threats.classList.toggle('on', s.threatsOn);
    this.buttons.speed.textContent = `Speed ${s.speed}×`;
    this.buttons.mute.textContent = s.muted ? 'Sound off' : 'Sound on';
    this.buttons.skip.classList.toggle('show', s.busy && !s.canEndTurn && !s.over);
    this.root.classList.toggle('busy', s.busy);
  }

  /** The outcome preview beside the pointer: lines of plain text. */
  showPreview(title: string, lines: string[], at: { x: number; y: number } | null) {
    if (!at || lines.length === 0) {
      this.preview.classList.remove('show');
      return;
    }
    this.preview.replaceChildren(el('div', 'preview-title', title), ...lines.map((l) => el('div', 'preview-line', l)));
    this.preview.style.left = `${Math.min(window.innerWidth - 250, at.x + 28)}px`;
    this.preview.style.top = `${Math.max(70, at.y - 30)}px`;
    this.preview.classList.add('show');
  }
}
