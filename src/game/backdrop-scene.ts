// The moving backdrop behind the title and campaign screens: a night city grid with Ultron's red
// hexagons closing in on the Avengers' blue circles.
import * as Phaser from 'phaser';
import { drawTokenShape } from './unit-token';
import { drawIcon } from './unit-icons';

export class BackdropScene extends Phaser.Scene {
  private grid!: Phaser.GameObjects.Graphics;
  private drifters: Phaser.GameObjects.Container[] = [];

  constructor() {
    super('backdrop');
  }

  create() {
    this.cameras.main.setBackgroundColor('#070a0f');
    this.grid = this.add.graphics();
    this.drawGrid();
    this.scale.on('resize', () => this.drawGrid());
    for (let i = 0; i < 16; i++) this.drifters.push(this.makeDrifter(i));
  }

  private drawGrid() {
    const { width, height } = this.scale;
    const g = this.grid.clear();
    const size = 48;
    // City blocks: a scatter of building silhouettes along the bottom, lit windows.
    for (let x = 0; x < width; x += 70) {
      const h = 80 + ((x * 7919) % 160);
      g.fillStyle(0x0e141c).fillRect(x, height - h, 62, h);
      g.fillStyle(0xf3d38a, 0.18);
      for (let wy = height - h + 12; wy < height - 10; wy += 18) for (let wx = x + 8; wx < x + 56; wx += 14) if ((wx * wy) % 7 < 3) g.fillRect(wx, wy, 5, 7);
    }
    g.lineStyle(1, 0x1b2838, 0.6);
    for (let x = 0; x < width; x += size) g.lineBetween(x, 0, x, height);
    for (let y = 0; y < height; y += size) g.lineBetween(0, y, width, y);
    g.fillStyle(0xe5484d, 0.06).fillCircle(width * 0.8, height * 0.25, Math.max(width, height) * 0.35);
    g.fillStyle(0x3b82f6, 0.05).fillCircle(width * 0.15, height * 0.8, Math.max(width, height) * 0.3);
  }

  private makeDrifter(i: number) {
    const { width, height } = this.scale;
    const enemy = i % 3 !== 0;
    const c = this.add.container((i * 397) % width, (i * 211) % height);
    const g = this.add.graphics();
    drawTokenShape(g, enemy ? 'hexagon' : 'circle', 14, enemy ? 0xe5484d : 0x3b82f6, 0x0b0f14, 2);
    const icon = this.add.graphics();
    drawIcon(icon, enemy ? 'ultron-sentry' : ['iron-man', 'captain-america', 'thor', 'hulk', 'black-widow', 'hawkeye'][i % 6], 7, 0xffffff, 0x0b0f14);
    c.add([g, icon]).setAlpha(0.35).setScale(0.8 + (i % 4) * 0.25);
    this.tweens.add({
      targets: c, x: `+=${enemy ? -140 : 140}`, y: `+=${(i % 2 ? 1 : -1) * 60}`, duration: 9000 + i * 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut',
    });
    return c;
  }
}
