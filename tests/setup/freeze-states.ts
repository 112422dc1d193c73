// Every unit test runs with frozen states, so any code that writes to a game state in place
// (rather than through the engine) throws here instead of corrupting a match in the game.
import { freezeStates } from '../../src/engine';

freezeStates(true);
