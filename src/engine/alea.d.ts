// seedrandom's Alea generator, imported on its own so the browser bundle leaves out seedrandom's
// Node-only entropy code. Its whole state is four numbers, cheap to keep inside the game state.
declare module 'seedrandom/lib/alea.js' {
  interface AleaState {
    c: number;
    s0: number;
    s1: number;
    s2: number;
  }
  interface AleaPrng {
    (): number;
    state(): AleaState;
  }
  function alea(seed: string, options: { state: true | AleaState }): AleaPrng;
  export default alea;
}
