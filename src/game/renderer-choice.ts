// Which of Phaser's renderers draws the game. WebGL when a graphics card draws it; Canvas 2D when
// WebGL is only emulated in software (SwiftShader, llvmpipe: machines without a usable GPU, remote
// desktops, headless browsers), where Canvas 2D opens a battle in well under half the time and
// draws each frame faster. The game uses nothing that only WebGL can draw, so both look the same.
// `?renderer=canvas` or `?renderer=webgl` in the address overrides the choice.

export type RendererChoice = 'webgl' | 'canvas';

/** Names WebGL gives for implementations that run on the processor, not a graphics card. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

/** The WebGL implementation's own name, or null when there is no WebGL at all. */
function webglRendererName(): string | null {
  const probe = document.createElement('canvas');
  const gl = (probe.getContext('webgl2') ?? probe.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

export function chooseRenderer(search: string): RendererChoice {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'webgl' || asked === 'canvas') return asked;
  const name = webglRendererName();
  return name === null || isSoftwareRenderer(name) ? 'canvas' : 'webgl';
}
